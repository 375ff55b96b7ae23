package jp.kyodonet.kpi;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import jp.kyodonet.platform.time.FiscalYear;

/**
 * The help a capability's entity listener needs to announce its counted records' changes: the fiscal years a
 * record counted in when it was loaded are remembered for the transaction, so an update that moves a record
 * from one year to another marks both.
 */
public final class CountedRecords {

    private static final String LOADED = CountedRecords.class.getName() + ".loaded";

    private CountedRecords() {
    }

    /** Remembers the fiscal years {@code record} counts in as loaded (call from {@code @PostLoad}). */
    public static void loaded(Object record, Set<Integer> years) {
        Map<Object, Set<Integer>> loaded = loadedInTransaction(true);
        if (loaded != null) {
            loaded.put(record, years);
        }
    }

    /**
     * Fires the capability's event for a record that was inserted, updated or deleted (call from
     * {@code @PostPersist}, {@code @PostUpdate}, {@code @PostRemove}): the years it counts in now and those it
     * counted in when loaded.
     */
    public static void changed(Object record, Set<Integer> years, Function<Set<Integer>, ? extends CountedChange> event) {
        Set<Integer> stale = new TreeSet<>(years);
        Map<Object, Set<Integer>> loaded = loadedInTransaction(false);
        if (loaded != null) {
            Set<Integer> before = loaded.put(record, years);
            if (before != null) {
                stale.addAll(before);
            }
        }
        if (!stale.isEmpty()) {
            CDI.current().getBeanManager().getEvent().fire(event.apply(Set.copyOf(stale)));
        }
    }

    /** The fiscal years of some days (nulls left out). */
    public static Set<Integer> yearsOf(LocalDate... days) {
        Set<Integer> years = new TreeSet<>();
        for (LocalDate day : days) {
            if (day != null) {
                years.add(FiscalYear.of(day).startYear());
            }
        }
        return years;
    }

    /** The fiscal years from {@code from}'s to {@code to}'s (null: to this one); none when {@code from} is null. */
    public static Set<Integer> yearsFrom(LocalDate from, LocalDate to) {
        Set<Integer> years = new TreeSet<>();
        if (from != null) {
            int last = FiscalYear.of(to == null ? LocalDate.now(FactSheet.JAPAN) : to).startYear();
            for (int y = FiscalYear.of(from).startYear(); y <= last; y++) {
                years.add(y);
            }
            years.add(FiscalYear.of(from).startYear());
        }
        return years;
    }

    /** The fiscal year of an instant's day in Japan (none for null). */
    public static Set<Integer> yearsOf(Instant instant) {
        return instant == null ? Set.of() : yearsOf(instant.atZone(FactSheet.JAPAN).toLocalDate());
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Set<Integer>> loadedInTransaction(boolean create) {
        TransactionSynchronizationRegistry registry;
        try {
            registry = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            return null;
        }
        if (registry.getTransactionKey() == null) {
            return null;
        }
        Map<Object, Set<Integer>> loaded = (Map<Object, Set<Integer>>) registry.getResource(LOADED);
        if (loaded == null && create) {
            loaded = new IdentityHashMap<>();
            registry.putResource(LOADED, loaded);
        }
        return loaded;
    }
}
