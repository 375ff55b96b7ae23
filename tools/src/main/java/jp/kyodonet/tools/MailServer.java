package jp.kyodonet.tools;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The demo's and the tests' mail server: GreenMail, a real SMTP and IMAP server, on 127.0.0.1 with any user and
 * password accepted (mail for an address lands in that address's mailbox; IMAP logs in as the address). A small web
 * page lists what it received, newest first, so the demo's visitor can read the mails the product sent. Everything is
 * in memory: a restart starts with empty mailboxes.
 *
 * <pre>java -cp ... jp.kyodonet.tools.MailServer SMTP-PORT IMAP-PORT WEB-PORT PID-FILE</pre>
 */
public final class MailServer {

    private MailServer() {
    }

    public static void main(String[] args) throws Exception {
        int smtp = Integer.parseInt(args[0]);
        int imap = Integer.parseInt(args[1]);
        int web = Integer.parseInt(args[2]);
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        HttpServer page = HttpServer.create(new InetSocketAddress("127.0.0.1", web), 0);
        page.createContext("/", exchange -> list(exchange, mail));
        page.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            page.stop(0);
            mail.stop();
        }));
        if (args.length > 3) {
            Files.writeString(Path.of(args[3]), Long.toString(ProcessHandle.current().pid()));
        }
        System.out.println("mail server: SMTP 127.0.0.1:" + smtp + ", IMAP 127.0.0.1:" + imap + ", received mail on http://127.0.0.1:" + web + "/");
        Thread.currentThread().join();
    }

    private static void list(HttpExchange exchange, GreenMail mail) throws IOException {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>受信したメール（デモ用メールサーバー）</title><style>body{font-family:sans-serif;max-width:60rem;"
                + "margin:1rem auto;padding:0 1rem}article{border:1px solid #bbb;border-radius:6px;padding:.5rem 1rem;"
                + "margin:1rem 0}pre{white-space:pre-wrap;font-family:inherit}dt{font-weight:bold}</style></head><body>"
                + "<h1>受信したメール <small>Received mail (the demo's mail server)</small></h1>");
        MimeMessage[] received = mail.getReceivedMessages();
        html.append("<p>").append(received.length).append(" 通（新しい順）。メモリ上だけに保存され、再起動で消えます。</p>");
        for (int i = received.length - 1; i >= 0; i--) {
            MimeMessage m = received[i];
            try {
                html.append("<article><dl><dt>宛先 To</dt><dd>").append(escape(addresses(m.getAllRecipients())))
                        .append("</dd><dt>件名 Subject</dt><dd>").append(escape(m.getSubject()))
                        .append("</dd><dt>日時 Date</dt><dd>").append(escape(String.valueOf(m.getSentDate())))
                        .append("</dd></dl><pre>").append(escape(String.valueOf(m.getContent()))).append("</pre></article>");
            } catch (Exception e) {
                html.append("<article>読めないメール: ").append(escape(e.toString())).append("</article>");
            }
        }
        html.append("</body></html>");
        byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String addresses(Address[] all) {
        return all == null ? "" : Arrays.stream(all).map(Address::toString).collect(Collectors.joining(", "));
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
