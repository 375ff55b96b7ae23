package jp.kyodonet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input at volume: every POST/PUT/PATCH body of the endpoint table (JSON and CSV) is replayed with random and
 * boundary bodies: wrong types, huge strings, deep nesting, invalid UTF-8, unknown and duplicate fields, nulls,
 * truncated and trailing text, random JSON. Each endpoint gets a fresh record of its own centre, called by a role
 * that may, so that only the body decides. No answer may be 5xx; every 4xx is a problem document; and after every
 * refused body every table has the same row count and checksum as before (a body the API accepts is a complete
 * write: the fingerprint is taken again and the record prepared afresh).
 */
@ExtendWith(ArquillianExtension.class)
class BodyFuzzIT {

    private static final int CASES_PER_ENDPOINT = 150;
    static final int FUZZ_YEAR = 2999;
    private static final String DEEP = "\"@@deep@@\"";
    private static final List<String> VALUES = List.of("null", "true", "false", "0", "-1", "2147483648",
            "9223372036854775808", "1.5", "-0.0", "1e308", "\"\"", "\" \"", "\"x\"", "\"\\u0000\"",
            "\"<script>alert(1)</script>\"", "\"'; DROP TABLE consultation; --\"", "\"２０２６-１３-４５\"",
            "\"2026-02-30\"", "\"9999-99-99\"", "\"25:61\"", "\"-1\"", "[]", "[null]", "[1,\"a\",{}]", "{}",
            "{\"nested\":{\"deeper\":[1]}}", "\"" + "x".repeat(100_001) + "\"", "\"" + "あ".repeat(20_000) + "\"",
            "\"" + "🙂".repeat(2_000) + "\"", DEEP);

    @Test
    void tenThousandBadBodiesAnswer4xxProblemsAndWriteNothing() {
        Random random = new Random(20261123L);
        int cases = 0;
        int accepted = 0;
        int endpoints = 0;
        List<String> failures = new ArrayList<>();
        for (Endpoints.Endpoint endpoint : Endpoints.ENDPOINTS) {
            String method = endpoint.name().substring(0, endpoint.name().indexOf(' '));
            if (!List.of("POST", "PUT", "PATCH").contains(method)) {
                continue;
            }
            String role = endpoint.allowed().stream().filter(r -> !Endpoints.NONE.equals(r)).findFirst()
                    .orElse(Endpoints.NONE);
            String centre = Endpoints.NONE.equals(role) ? "aoba" : Endpoints.CENTRE_OF_ROLE.get(role);
            String token = Endpoints.NONE.equals(role) ? null : Tokens.of(centre, role);
            Api.Captured template = capture(endpoint, token, Endpoints.prepare(centre, endpoint.stage()));
            if (template.body() == null || template.body().length == 0) {
                continue; // an action without a body (accept, submit, rebuild): there is no body to fuzz
            }
            endpoints++;
            List<byte[]> bodies = template.contentType() != null && template.contentType().startsWith("text/csv")
                    ? csvBodies(template.body(), random)
                    : template.contentType() != null && template.contentType().startsWith("application/octet-stream")
                    ? fileBodies(random) : jsonBodies(template.body(), random);
            Map<String, String> before = Database.fingerprint();
            for (byte[] body : bodies) {
                Api.Reply reply;
                cases++;
                try {
                    reply = Api.sendBytes(template.method(), template.path(), template.token(),
                            template.contentType() == null ? "application/json" : template.contentType(), body,
                            template.headers());
                } catch (java.io.UncheckedIOException e) {
                    failures.add("no answer: " + endpoint.name() + " with " + preview(body) + ": " + e.getMessage());
                    continue;
                }
                String shown = endpoint.name() + " with " + preview(body) + ": " + reply.status() + " "
                        + reply.body().substring(0, Math.min(300, reply.body().length()));
                if (reply.status() >= 500) {
                    failures.add(shown);
                } else if (reply.status() >= 400) {
                    if (!reply.contentType().startsWith("application/problem+json")) {
                        failures.add("not a problem document: " + shown);
                    }
                    Map<String, String> after = Database.fingerprint();
                    if (!after.equals(before)) {
                        failures.add("refused but wrote: " + shown + " — " + IsolationAtScaleIT.difference(before, after));
                        before = after;
                    }
                } else {
                    accepted++;
                    if (!endpoint.name().contains("/collaboration/survey")) {
                        // a survey is one per city and year, and the tests' years are few (Surveys.unusedYear): the
                        // survey endpoints go on with the same record (a later body may then meet a 409 or 412, never
                        // a 5xx), the others with a fresh one
                        template = capture(endpoint, token, Endpoints.prepare(centre, endpoint.stage()));
                    }
                    before = Database.fingerprint();
                }
                if (failures.size() > 50) {
                    break;
                }
            }
        }
        System.out.printf("body fuzz: %d endpoints, %d cases, %d accepted as valid, %d failures%n", endpoints, cases,
                accepted, failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
        assertTrue(cases >= 10_000, "at least 10,000 cases, ran " + cases);
        // 78 write endpoints carry a body (68, 9 that take a file or a comment of a record, and a saved view) (the others are actions without one, such as accept or submit)
        assertTrue(endpoints >= 78, "every write endpoint with a body, found " + endpoints);
    }

    private static Api.Captured capture(Endpoints.Endpoint endpoint, String token, String id) {
        List<Api.Captured> sent = Api.capture(() -> endpoint.call().apply(token, id));
        assertTrue(sent.size() == 1, endpoint.name() + " sends one request: " + sent.size());
        Api.Captured c = sent.get(0);
        // a fuzzed body the API accepts is a real write: a fiscal year in the path (the catalogue import) is moved to
        // the fuzzer's own year, which no other test picks (Collaborations.unusedFiscalYear ends at 2989), so that
        // an accepted import cannot add a project to the year another test counts
        return new Api.Captured(c.method(), c.path().replaceAll("fiscalYear=\\d{4}", "fiscalYear=" + FUZZ_YEAR),
                c.token(), c.contentType(), c.body(), c.headers());
    }

    /**
     * Files for an upload named .pdf: random bytes, executables, archives, scripts, text, a PDF's first line cut
     * short, and JSON (the API's own bodies); a real PDF header makes a file the API keeps.
     */
    static List<byte[]> fileBodies(Random random) {
        List<byte[]> bodies = new ArrayList<>();
        for (int size : new int[] {1, 2, 7, 100, 4096, 300_000}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            bodies.add(bytes);
        }
        for (String head : List.of("MZ", "\u007fELF", "PK\u0003\u0004", "#!/bin/sh\n", "<script>alert(1)</script>", "%PDF",
                "%PDF-", "{\"a\":1}", "\uFEFF", "Rar!\u001a\u0007", "\u001f\u008b")) {
            byte[] bytes = new byte[2048];
            random.nextBytes(bytes);
            byte[] start = head.getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(start, 0, bytes, 0, start.length);
            bodies.add(bytes);
        }
        return bodies;
    }

    /** Boundary and random variants of a JSON body (an action without a body gets the whole-body variants). */
    static List<byte[]> jsonBodies(byte[] base, Random random) {
        String text = base == null ? "" : new String(base, StandardCharsets.UTF_8);
        List<String> texts = new ArrayList<>(List.of("", "null", "true", "0", "-1", "1e999", "\"text\"", "[]", "[{}]",
                "{", "}", "{\"a\":}", "{'a':1}", "{\"a\":1,}", "\uFEFF{}", "{}{}", "{} trailing", "{\"a\":1}",
                "[".repeat(100_000) + "]".repeat(100_000), "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000),
                "\"" + "あ".repeat(1_000_000) + "\"", "{\"x\":\"" + "a".repeat(2_000_000) + "\"}"));
        List<byte[]> bodies = new ArrayList<>();
        bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'});
        bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'});
        bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'});
        bodies.add(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'});
        JsonValue parsed = parse(text);
        if (parsed instanceof JsonObject object && !object.isEmpty()) {
            bodies.add(invalidUtf8InFirstString(text));
            String first = object.keySet().iterator().next();
            texts.add("{\"" + first + "\":" + object.get(first) + "," + text.substring(text.indexOf('{') + 1));
            texts.add(text.replace("{", "{\"zzUnknown\":1,"));
            texts.add(text.substring(0, text.length() / 2));
            texts.add(text + text);
            for (String pointer : pointers(object, "")) {
                texts.add(Json.createPointer(pointer).remove(object).toString());
                for (String value : VALUES) {
                    texts.add(replaced(object, pointer, value));
                }
                String parent = pointer.replaceAll("/[^/]*$", "");
                if ((parent.isEmpty() ? object : Json.createPointer(parent).getValue(object)) instanceof JsonObject) {
                    texts.add(Json.createPointer(parent + "/zzUnknown").add(object, Json.createValue("x")).toString());
                }
            }
        } else if (!text.isEmpty()) {
            texts.add(text + "{");
            texts.add("{\"zzUnknown\":" + text + "}");
        }
        texts.forEach(t -> bodies.add(t.getBytes(StandardCharsets.UTF_8)));
        List<String> members = parsed instanceof JsonObject object ? pointers(object, "") : List.of();
        while (bodies.size() < CASES_PER_ENDPOINT) {
            String body = members.isEmpty() || random.nextBoolean() ? randomJson(random, 0, parsed)
                    : replaced((JsonObject) parsed, pick(members, random), randomJson(random, 1, null));
            bodies.add(body.getBytes(StandardCharsets.UTF_8));
        }
        return bodies;
    }

    /** CSV uploads: random bytes, invalid UTF-8, wrong column counts, huge cells, only a header, formulas. */
    static List<byte[]> csvBodies(byte[] base, Random random) {
        String text = new String(base, StandardCharsets.UTF_8);
        String header = text.substring(0, text.indexOf('\n') + 1);
        String row = text.substring(header.length()).strip();
        List<String> texts = new ArrayList<>(List.of("", "\n", header, header + "\n\n", header + row.replace(",", ";"),
                header + row + ",extra,columns", header + row.substring(0, row.lastIndexOf(',')),
                header + row.replaceFirst("[^,]+", "9999-99-99"), header + row.replaceFirst("[^,]+", "x".repeat(200_000)),
                header + "\"unterminated," + row, header + "=cmd|' /C calc'!A0," + row, row, "a,b,c\n1,2,3",
                header + (row + "\n").repeat(2)));
        List<byte[]> bodies = new ArrayList<>();
        texts.forEach(t -> bodies.add(t.getBytes(StandardCharsets.UTF_8)));
        bodies.add(invalidUtf8InFirstString(header + row));
        while (bodies.size() < CASES_PER_ENDPOINT) {
            if (random.nextBoolean()) {
                byte[] noise = new byte[random.nextInt(400)];
                random.nextBytes(noise);
                bodies.add(noise);
            } else {
                String[] cells = row.split(",", -1);
                cells[random.nextInt(cells.length)] = randomJson(random, 2, null).replace(",", "、");
                bodies.add((header + String.join(",", cells) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return bodies;
    }

    private static JsonValue parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** JSON pointers of every member of the object, nested objects and arrays included (three levels). */
    private static List<String> pointers(JsonStructure structure, String prefix) {
        List<String> pointers = new ArrayList<>();
        if (prefix.chars().filter(c -> c == '/').count() >= 3) {
            return pointers;
        }
        if (structure instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                String pointer = prefix + "/" + member.getKey().replace("~", "~0").replace("/", "~1");
                pointers.add(pointer);
                if (member.getValue() instanceof JsonStructure inner) {
                    pointers.addAll(pointers(inner, pointer));
                }
            }
        } else if (structure instanceof jakarta.json.JsonArray array && !array.isEmpty()) {
            pointers.add(prefix + "/0");
            if (array.get(0) instanceof JsonStructure inner) {
                pointers.addAll(pointers(inner, prefix + "/0"));
            }
        }
        return pointers;
    }

    private static String replaced(JsonObject object, String pointer, String value) {
        boolean deep = DEEP.equals(value);
        JsonValue replacement = deep ? Json.createValue("@@deep@@") : parse(value);
        String text = Json.createPointer(pointer).replace(object, replacement).toString();
        return deep ? text.replace(DEEP, "[".repeat(2_000) + "]".repeat(2_000)) : text;
    }

    private static byte[] invalidUtf8InFirstString(String text) {
        int quote = text.indexOf('"');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] head = text.substring(0, quote + 1).getBytes(StandardCharsets.UTF_8);
        out.write(head, 0, head.length);
        out.write(0xFF);
        out.write(0xFE);
        byte[] tail = text.substring(quote + 1).getBytes(StandardCharsets.UTF_8);
        out.write(tail, 0, tail.length);
        return out.toByteArray();
    }

    /** A random JSON text; at the top it keeps some of the real field names so that the parsing gets past them. */
    private static String randomJson(Random random, int depth, JsonValue like) {
        int kind = depth > 3 ? random.nextInt(5) : random.nextInt(7);
        switch (kind) {
            case 0 -> { return "null"; }
            case 1 -> { return random.nextBoolean() ? "true" : "false"; }
            case 2 -> { return random.nextBoolean() ? Long.toString(random.nextLong()) : Double.toString(random.nextGaussian() * 1e6); }
            case 3 -> { return Json.createValue(randomText(random)).toString(); }
            case 4 -> { return VALUES.get(random.nextInt(VALUES.size() - 1)); }
            case 5 -> {
                List<String> items = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    items.add(randomJson(random, depth + 1, null));
                }
                return "[" + String.join(",", items) + "]";
            }
            default -> {
                List<String> names = like instanceof JsonObject object ? new ArrayList<>(object.keySet()) : new ArrayList<>();
                List<String> members = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    String name = !names.isEmpty() && random.nextInt(3) > 0 ? pick(names, random) : randomText(random);
                    members.add(Json.createValue(name) + ":" + randomJson(random, depth + 1, null));
                }
                return "{" + String.join(",", members) + "}";
            }
        }
    }

    private static String randomText(Random random) {
        String alphabet = "aZ09 -_./:あ漢字🙂\\\"\t\n\u0000\u202e";
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(10) == 0 ? random.nextInt(5_000) : random.nextInt(20);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                    random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        return text.toString();
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 120 ? text.substring(0, 120) + "…(" + body.length + " bytes)" : text;
    }
}
