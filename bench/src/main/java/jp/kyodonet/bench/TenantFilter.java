package jp.kyodonet.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jp.kyodonet.consultation.entity.Consultation;
import jp.kyodonet.platform.tenancy.TenantOwned;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Tenant-filter overhead: a centre's consultation list page (50 of a fiscal year, newest first, and the count)
 * read through the product's multitenant Consultation entity (EclipseLink adds {@code tenant_id = ?} from the
 * persistence-context property, as in the server) and through the same entity with the WHERE on tenant_id written by
 * hand (a native query mapped to the entity), a fresh persistence context per page as per request. The two run
 * interleaved, the centres in turn, and the ratio of the means and medians is the overhead of the filter. The raw
 * JDBC time of the same SQL is printed for reference.
 *
 * <pre>TenantFilter JDBC-URL USER PASSWORD [--rounds 3000] [--fiscal-year 2024]</pre>
 */
public final class TenantFilter {

    private static final String ORDER = " ORDER BY received_on DESC, created_at DESC, id";

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: TenantFilter JDBC-URL USER PASSWORD [--rounds 3000] [--fiscal-year 2024]");
            System.exit(2);
        }
        int rounds = Integer.parseInt(option(args, "--rounds", "3000"));
        int year = Integer.parseInt(option(args, "--fiscal-year", "2024"));
        List<String> centres = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2]);
             ResultSet rows = db.createStatement().executeQuery("SELECT DISTINCT tenant_id FROM consultation WHERE id LIKE '"
                     + Generate.PREFIX + "%' ORDER BY tenant_id")) {
            while (rows.next()) {
                centres.add(rows.getString(1));
            }
        }
        if (centres.isEmpty()) {
            throw new IllegalStateException("no generated consultations: run the generator first");
        }
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("kyodo-bench", Map.of(
                "jakarta.persistence.jdbc.url", args[0], "jakarta.persistence.jdbc.user", args[1],
                "jakarta.persistence.jdbc.password", args[2], "jakarta.persistence.jdbc.driver", "com.mysql.cj.jdbc.Driver"));
        long[] filtered = new long[rounds];
        long[] handWritten = new long[rounds];
        long[] jdbc = new long[rounds];
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            for (int warm = 0; warm < 500; warm++) {
                String centre = centres.get(warm % centres.size());
                multitenant(factory, centre, year);
                handWritten(factory, centre, year);
                jdbc(db, centre, year);
            }
            for (int r = 0; r < rounds; r++) {
                String centre = centres.get(r % centres.size());
                long t0 = System.nanoTime();
                int a = multitenant(factory, centre, year);
                long t1 = System.nanoTime();
                int b = handWritten(factory, centre, year);
                long t2 = System.nanoTime();
                int c = jdbc(db, centre, year);
                long t3 = System.nanoTime();
                if (a != b || b != c) {
                    throw new IllegalStateException(centre + ": the three reads disagree: " + a + " / " + b + " / " + c);
                }
                filtered[r] = t1 - t0;
                handWritten[r] = t2 - t1;
                jdbc[r] = t3 - t2;
            }
        }
        factory.close();
        System.out.printf("tenant filter, %d centres, %d pages each way (50 rows + count, FY%d)%n", centres.size(), rounds, year);
        print("multitenant entity (EclipseLink adds tenant_id)", filtered);
        print("same entity, hand-written WHERE tenant_id = ?", handWritten);
        print("raw JDBC, same SQL (reference)", jdbc);
        System.out.printf("overhead of the tenant filter: mean %+.1f %%, median %+.1f %%%n",
                100 * (mean(filtered) / mean(handWritten) - 1), 100 * (median(filtered) / median(handWritten) - 1));
    }

    /** The product's way: JPQL without a tenant condition, the tenant in the persistence context. */
    private static int multitenant(EntityManagerFactory factory, String centre, int year) {
        EntityManager em = factory.createEntityManager(Map.of(TenantOwned.TENANT_PROPERTY, centre));
        try {
            List<Consultation> page = em.createQuery("SELECT c FROM Consultation c WHERE c.fiscalYear = :year"
                    + " ORDER BY c.receivedOn DESC, c.createdAt DESC, c.id", Consultation.class)
                    .setParameter("year", year)
                    .setFirstResult(0).setMaxResults(50).getResultList();
            long total = em.createQuery("SELECT COUNT(c) FROM Consultation c WHERE c.fiscalYear = :year", Long.class)
                    .setParameter("year", year)
                    .getSingleResult();
            return page.size() + (int) total;
        } finally {
            em.close();
        }
    }

    /** The same entity and page with the tenant written into the SQL by hand. */
    @SuppressWarnings("unchecked")
    private static int handWritten(EntityManagerFactory factory, String centre, int year) {
        EntityManager em = factory.createEntityManager(Map.of(TenantOwned.TENANT_PROPERTY, centre));
        try {
            List<Consultation> page = em.createNativeQuery("SELECT * FROM consultation WHERE tenant_id = ? AND fiscal_year = ?"
                    + ORDER + " LIMIT 50", Consultation.class).setParameter(1, centre).setParameter(2, year).getResultList();
            Number total = (Number) em.createNativeQuery("SELECT COUNT(id) FROM consultation WHERE tenant_id = ? AND fiscal_year = ?")
                    .setParameter(1, centre).setParameter(2, year).getSingleResult();
            return page.size() + total.intValue();
        } finally {
            em.close();
        }
    }

    private static int jdbc(Connection db, String centre, int year) throws Exception {
        int count = 0;
        try (PreparedStatement page = db.prepareStatement("SELECT * FROM consultation WHERE tenant_id = ? AND fiscal_year = ?"
                + ORDER + " LIMIT 50");
             PreparedStatement total = db.prepareStatement("SELECT COUNT(id) FROM consultation WHERE tenant_id = ? AND fiscal_year = ?")) {
            page.setString(1, centre);
            page.setInt(2, year);
            try (ResultSet rows = page.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rows.getObject(c);
                    }
                    count++;
                }
            }
            total.setString(1, centre);
            total.setInt(2, year);
            try (ResultSet rows = total.executeQuery()) {
                rows.next();
                count += rows.getInt(1);
            }
        }
        return count;
    }

    private static void print(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("  %-50s mean %7.3f ms  p50 %7.3f ms  p95 %7.3f ms  p99 %7.3f ms%n", label, mean(nanos) / 1e6,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6);
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 3; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
