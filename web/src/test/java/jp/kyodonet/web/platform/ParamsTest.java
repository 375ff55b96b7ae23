package jp.kyodonet.web.platform;

import jp.kyodonet.platform.error.DomainException;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParamsTest {

    enum Colour { RED, GREEN }

    @Test
    void versionComesFromIfMatchOrBody() {
        assertEquals(3, Params.version("\"3\"", null));
        assertEquals(3, Params.version("W/\"3\"", null));
        assertEquals(4, Params.version(null, 4L));
        assertEquals(DomainException.Kind.VERSION_REQUIRED,
                assertThrows(DomainException.class, () -> Params.version(null, null)).kind());
        assertEquals("version", assertThrows(DomainException.class, () -> Params.version("\"3\"", 4L))
                .fieldErrors().get(0).field());
        assertEquals("If-Match", assertThrows(DomainException.class, () -> Params.version("\"abc\"", null))
                .fieldErrors().get(0).field());
    }

    @Test
    void anIdThatIsNotAUuidNamesNoRecord() {
        UUID id = UUID.randomUUID();
        assertEquals(id, Params.id(id.toString(), "相談", "Consultation"));
        assertEquals(DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> Params.id("../etc/passwd", "相談", "Consultation")).kind());
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        Params params = new Params();
        params.choice("colour", "BLUE", Colour.class);
        params.integer("size", "1000", 1, 100);
        params.integer("page", "x", 0, 10);
        assertEquals(Colour.GREEN, params.choice("ok", "GREEN", Colour.class));
        DomainException e = assertThrows(DomainException.class, params::done);
        assertEquals(3, e.fieldErrors().size());
    }
}
