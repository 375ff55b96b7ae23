package jp.kyodonet.attachment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jp.kyodonet.tenants.TenantId;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How much a centre may keep: {@code kyodo.attachments.file-limit-mb} per file (10 by default) and
 * {@code kyodo.attachments.centre-limit-mb} per centre (2,048 by default), which
 * {@code kyodo.attachments.centre-limit-mb.<centre>} sets for one centre (the city centre may need more).
 */
@ApplicationScoped
public class FileLimits {

    static final long MB = 1024L * 1024L;

    public long fileBytes() {
        return config().getOptionalValue("kyodo.attachments.file-limit-mb", Long.class).orElse(10L) * MB;
    }

    public long centreBytes(TenantId centre) {
        Config config = config();
        return config.getOptionalValue("kyodo.attachments.centre-limit-mb." + centre.value(), Long.class)
                .or(() -> config.getOptionalValue("kyodo.attachments.centre-limit-mb", Long.class))
                .orElse(2048L) * MB;
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }
}
