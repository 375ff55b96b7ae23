package jp.kyodonet.platform.persistence;

import org.eclipse.persistence.platform.database.MySQLPlatform;

/**
 * EclipseLink's MySQL platform, always with fractional seconds. EclipseLink decides from the server's
 * version string whether DATETIME(6) keeps microseconds; MariaDB before 11 announces itself as
 * "5.5.5-10.x", which reads as older than MySQL 5.6, and every instant was then cut to the whole second
 * (timelines and audit logs lost their order). Every server this product supports (MySQL 8, MariaDB 10.6+)
 * keeps microseconds, and every time column is DATETIME(6).
 */
public class KyodoDatabasePlatform extends MySQLPlatform {

    @Override
    public boolean isFractionalTimeSupported() {
        return true;
    }
}
