package jp.kyodonet.kpi.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jp.kyodonet.kpi.entity.Indicator;
import jp.kyodonet.platform.error.Message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The KPI catalogue (one definition per indicator, and the targets of the city centre's operating plan with the
 * indicators that track them), loaded from {@code jp/kyodonet/kpi/catalogue.json} and
 * checked at start-up: unique codes, known units, sources and aggregations, and every rate or ratio naming a
 * numerator and a denominator that are summed indicators of the catalogue. A broken catalogue fails the
 * deployment with a message naming the indicator.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class KpiCatalogue {

    static final String FILE = "/jp/kyodonet/kpi/catalogue.json";
    static final Set<String> SOURCES = Set.copyOf(KpiFactStore.SOURCES);

    /** A target of the operating plan: the plan's line and words, the indicators that track it and their values. */
    public record PlanTarget(String item, Message text, Map<String, java.math.BigDecimal> values, Message note) {
    }

    /** The operating plan whose targets the catalogue tracks (seed 000): title, fiscal year, centre, targets. */
    public record Plan(Message title, int fiscalYear, String centre, List<PlanTarget> targets) {
    }

    private Map<String, Indicator> indicators;
    private Plan plan;

    @PostConstruct
    void load() {
        try (InputStream in = KpiCatalogue.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("KPI catalogue " + FILE + " is missing");
            }
            try (JsonReader reader = Json.createReader(in)) {
                JsonObject document = reader.readObject();
                indicators = parse(document);
                plan = plan(document, indicators);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and checks a catalogue document. */
    static Map<String, Indicator> parse(JsonObject document) {
        Map<String, Indicator> found = new LinkedHashMap<>();
        for (JsonObject o : document.getJsonArray("indicators").getValuesAs(JsonObject.class)) {
            String code = o.getString("code");
            Indicator indicator = new Indicator(code, new Message(o.getString("nameJa"), o.getString("nameEn")),
                    new Message(o.getString("ruleJa"), o.getString("ruleEn")), Indicator.Unit.valueOf(o.getString("unit")),
                    o.getString("source"), Indicator.Aggregation.valueOf(o.getString("aggregation")),
                    Indicator.Period.valueOf(o.getString("period", "MONTH")), "LOWER".equals(o.getString("better", "HIGHER")),
                    o.getString("numerator", null), o.getString("denominator", null));
            if (found.put(code, indicator) != null) {
                throw new IllegalStateException("KPI catalogue: indicator " + code + " is defined twice");
            }
            if (!SOURCES.contains(indicator.source())) {
                throw new IllegalStateException("KPI catalogue: " + code + " has an unknown source " + indicator.source());
            }
        }
        for (Indicator i : found.values()) {
            boolean fraction = i.aggregation() == Indicator.Aggregation.RATE || i.aggregation() == Indicator.Aggregation.RATIO;
            if (fraction) {
                for (String part : new String[] {i.numerator(), i.denominator()}) {
                    Indicator summed = part == null ? null : found.get(part);
                    if (summed == null || summed.aggregation() != Indicator.Aggregation.SUM || summed.period() != i.period()) {
                        throw new IllegalStateException("KPI catalogue: " + i.code()
                                + " needs a numerator and a denominator that are summed indicators of its period (got " + part + ")");
                    }
                }
            } else if (i.numerator() != null || i.denominator() != null) {
                throw new IllegalStateException("KPI catalogue: only a rate or ratio has a numerator (" + i.code() + ")");
            }
        }
        return found;
    }

    /** Reads and checks the plan's targets: every one names indicators of the catalogue. */
    static Plan plan(JsonObject document, Map<String, Indicator> indicators) {
        JsonObject o = document.getJsonObject("plan");
        List<PlanTarget> targets = new java.util.ArrayList<>();
        for (JsonObject t : o.getJsonArray("targets").getValuesAs(JsonObject.class)) {
            Map<String, java.math.BigDecimal> values = new LinkedHashMap<>();
            for (JsonObject v : t.getJsonArray("targets").getValuesAs(JsonObject.class)) {
                String code = v.getString("code");
                if (!indicators.containsKey(code)) {
                    throw new IllegalStateException("KPI catalogue: the plan's target " + t.getString("item")
                            + " names an unknown indicator " + code);
                }
                values.put(code, v.getJsonNumber("value").bigDecimalValue());
            }
            Message note = t.containsKey("noteJa") ? new Message(t.getString("noteJa"), t.getString("noteEn")) : null;
            targets.add(new PlanTarget(t.getString("item"), new Message(t.getString("textJa"), t.getString("textEn")),
                    values, note));
        }
        return new Plan(new Message(o.getString("titleJa"), o.getString("titleEn")), o.getInt("fiscalYear"),
                o.getString("centre"), List.copyOf(targets));
    }

    /** The operating plan's targets, in the plan's order. */
    public Plan plan() {
        return plan;
    }

    public List<Indicator> all() {
        return List.copyOf(indicators.values());
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(indicators.get(code));
    }
}
