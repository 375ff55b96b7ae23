package jp.kyodonet.it;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The test environment's mail server (GreenMail, started by {@code bin/kyodo test-env-up}), read over IMAP as its
 * users would: every address has its own mailbox. Also stops and starts that server (the outage test).
 */
final class Mailboxes {

    /** A delivered mail: subject and plain-text body. */
    record Mail(String subject, String body) {
    }

    private static final int PORTBASE = URI.create(Api.BASE).getPort() - 80;

    private Mailboxes() {
    }

    /** The address the test tokens give the person with {@code subject}. */
    static String address(String subject) {
        return subject.replace('+', '.') + "@it.kyodo.example";
    }

    /** Every mail in {@code address}'s mailbox now. */
    static List<Mail> read(String address) {
        Properties p = new Properties();
        p.setProperty("mail.imap.connectiontimeout", "5000");
        p.setProperty("mail.imap.timeout", "10000");
        try {
            Store store = Session.getInstance(p).getStore("imap");
            store.connect("127.0.0.1", PORTBASE + 143, address, "any");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Mail> mails = new ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    mails.add(new Mail(m.getSubject(), String.valueOf(m.getContent())));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("reading " + address + " over IMAP", e);
        }
    }

    /** Waits (up to {@code seconds}) until {@code address} has a mail matching {@code wanted}; returns it. */
    static Mail await(String address, Predicate<Mail> wanted, int seconds) {
        Instant until = Instant.now().plus(Duration.ofSeconds(seconds));
        List<Mail> seen = List.of();
        while (Instant.now().isBefore(until)) {
            seen = read(address);
            for (Mail m : seen) {
                if (wanted.test(m)) {
                    return m;
                }
            }
            sleep(500);
        }
        throw new AssertionError("no such mail for " + address + " within " + seconds + " s; the mailbox has "
                + seen.stream().map(Mail::subject).toList());
    }

    /** How many of {@code address}'s mails match. */
    static long count(String address, Predicate<Mail> wanted) {
        return read(address).stream().filter(wanted).count();
    }

    static void stopServer() {
        kyodo("mail-stop", env());
    }

    static void startServer() {
        kyodo("mail-start", env(), Integer.toString(PORTBASE));
    }

    private static String env() {
        return Path.of(System.getProperty("kyodo.it.env", "target/it-env")).toAbsolutePath().toString();
    }

    private static void kyodo(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("kyodo.root", "..")).resolve("bin/kyodo").toAbsolutePath().toString());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(command + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
