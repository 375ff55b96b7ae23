package jp.kyodonet.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;

/**
 * The mail session, from configuration (MicroProfile Config: server environment or system properties): the SMTP
 * server ({@code kyodo.mail.smtp.host}, {@code .port}), its security ({@code kyodo.mail.smtp.tls}: {@code none},
 * {@code starttls} or {@code ssl}), credentials ({@code .user}, {@code .password}), the sender
 * ({@code kyodo.mail.from}) and the address links in mails start with ({@code platform.public-url}).
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "kyodo.mail.smtp.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "kyodo.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "kyodo.mail.smtp.tls", defaultValue = "none")
    String tls;

    @Inject
    @ConfigProperty(name = "kyodo.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "kyodo.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "kyodo.mail.from", defaultValue = "協働ネットワーク <no-reply@kyodo.example.jp>")
    String from;

    @Inject
    @ConfigProperty(name = "platform.public-url", defaultValue = "http://localhost:8080/kyodo")
    String publicUrl;

    /** The pause before the first retry, doubled with every failure up to {@code kyodo.mail.retry-max-seconds}. */
    @Inject
    @ConfigProperty(name = "kyodo.mail.retry-seconds", defaultValue = "5")
    int retrySeconds;

    @Inject
    @ConfigProperty(name = "kyodo.mail.retry-max-seconds", defaultValue = "300")
    int retryMaxSeconds;

    private volatile Session session;

    public Session session() {
        Session made = session;
        if (made == null) {
            Properties p = new Properties();
            p.setProperty("mail.transport.protocol", "smtp");
            p.setProperty("mail.smtp.host", host);
            p.setProperty("mail.smtp.port", Integer.toString(port));
            p.setProperty("mail.smtp.connectiontimeout", "5000");
            p.setProperty("mail.smtp.timeout", "10000");
            p.setProperty("mail.smtp.writetimeout", "10000");
            switch (tls.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "starttls" -> {
                    p.setProperty("mail.smtp.starttls.enable", "true");
                    p.setProperty("mail.smtp.starttls.required", "true");
                }
                case "ssl" -> p.setProperty("mail.smtp.ssl.enable", "true");
                case "none" -> { }
                default -> throw new IllegalStateException("kyodo.mail.smtp.tls must be none, starttls or ssl, not " + tls);
            }
            Authenticator authenticator = null;
            if (user.filter(u -> !u.isBlank()).isPresent()) {
                p.setProperty("mail.smtp.auth", "true");
                String name = user.get();
                String secret = password.orElse("");
                authenticator = new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(name, secret);
                    }
                };
            }
            made = Session.getInstance(p, authenticator);
            session = made;
        }
        return made;
    }

    public String from() {
        return from;
    }

    /** The product's address without a trailing slash, e.g. {@code https://kyodo.example.jp/kyodo}. */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The pause after the {@code attempts}-th failed attempt. */
    public long retryAfterSeconds(int attempts) {
        long pause = (long) retrySeconds << Math.min(Math.max(attempts - 1, 0), 20);
        return Math.min(pause, retryMaxSeconds);
    }
}
