package jp.kyodonet.web.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.booking.entity.BookerKind;
import jp.kyodonet.booking.entity.BookingStatus;
import jp.kyodonet.booking.entity.BookingVocabulary;
import jp.kyodonet.booking.entity.Purpose;
import jp.kyodonet.booking.entity.SpaceKind;
import jp.kyodonet.web.platform.Labels;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The choices of spaces and bookings with their labels. */
@Path("booking-vocabulary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "public")
public class BookingVocabularyResource {

    @GET
    @Operation(summary = "Space kinds, booker kinds, purposes and booking statuses with labels (ja, en)")
    public JsonObject vocabulary() {
        return Json.createObjectBuilder()
                .add("spaceKind", Labels.of(SpaceKind.values(), BookingVocabulary::label))
                .add("bookerKind", Labels.of(BookerKind.values(), BookingVocabulary::label))
                .add("purpose", Labels.of(Purpose.values(), BookingVocabulary::label))
                .add("status", Labels.of(BookingStatus.values(), BookingVocabulary::label))
                .build();
    }
}
