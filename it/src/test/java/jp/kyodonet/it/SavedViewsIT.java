package jp.kyodonet.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person's saved views: their own only, a name once per page (saved again: replaced), bad input named. */
@ExtendWith(ArquillianExtension.class)
class SavedViewsIT {

    @Test
    void aPersonSavesNamesReplacesAndRemovesTheirOwnViewsAndNobodyElseSeesThem() {
        String staff = Tokens.of("kanagawa", "centre-staff");
        String manager = Tokens.of("kanagawa", "centre-manager");
        Api.Reply saved = Api.post("/me/views", staff,
                "{\"page\":\"consultations\",\"name\":\"期限切れの会計相談\",\"query\":\"topic=ACCOUNTING&overdue=true&sort=nextActionOn\"}");
        assertEquals(201, saved.status(), saved::toString);
        String id = saved.json().getString("id");
        // the same name again: the filters are replaced, not a second view
        Api.Reply again = Api.post("/me/views", staff,
                "{\"page\":\"consultations\",\"name\":\"期限切れの会計相談\",\"query\":\"topic=ACCOUNTING&overdue=true\"}");
        assertEquals(201, again.status());
        assertEquals(id, again.json().getString("id"));
        JsonArray mine = Api.get("/me/views?page=consultations", staff).jsonArray();
        assertEquals(1, mine.stream().map(JsonObject.class::cast).filter(v -> v.getString("name").equals("期限切れの会計相談")).count());
        assertEquals("topic=ACCOUNTING&overdue=true", mine.stream().map(JsonObject.class::cast)
                .filter(v -> v.getString("id").equals(id)).findFirst().orElseThrow().getString("query"));
        // a colleague of the same centre, and another centre, see none of it and cannot remove it
        assertTrue(Api.get("/me/views", manager).jsonArray().stream().map(JsonObject.class::cast)
                .noneMatch(v -> v.getString("id").equals(id)));
        assertEquals(404, Api.delete("/me/views/" + id, manager).status());
        assertEquals(404, Api.delete("/me/views/" + id, Tokens.of("minami", "centre-staff")).status());
        // bad input, each named
        Api.Reply bad = Api.post("/me/views", staff, "{\"page\":\"dashboard\",\"name\":\"\",\"query\":\"<script>\"}");
        assertEquals(400, bad.status());
        assertEquals(List.of("name", "page", "query"), bad.problemFields().stream().sorted().toList(), bad::toString);
        assertEquals(400, Api.get("/me/views?page=dashboard", staff).status());
        // its owner removes it
        assertEquals(204, Api.delete("/me/views/" + id, staff).status());
        assertTrue(Api.get("/me/views", staff).jsonArray().stream().map(JsonObject.class::cast)
                .noneMatch(v -> v.getString("id").equals(id)));
    }
}
