package jp.ocn.mypage.it.harness;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** GreenMail's SMTP server on a free local port: the realm's mail server during the tests. */
public final class MailCatcher implements AutoCloseable {

    /** One received mail, decoded. */
    public record Mail(String to, String subject, String body) {}

    private final GreenMail greenMail;
    private final int port;

    public MailCatcher() {
        this.port = freePort();
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    /** Environment for the server: the realm's smtpServer reads these (realm-config). */
    public Map<String, String> env() {
        return Map.of("MYPAGE_SMTP_HOST", "127.0.0.1", "MYPAGE_SMTP_PORT", Integer.toString(port));
    }

    /** Every mail received so far for this address (case-insensitive), oldest first. */
    public List<Mail> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .map(MailCatcher::decode)
                .filter(m -> m.to().equalsIgnoreCase(address))
                .toList();
    }

    private static Mail decode(MimeMessage m) {
        try {
            String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
            return new Mail(to.replaceAll(".*<|>.*", ""), m.getSubject(), text(m.getContent()));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of a (possibly multipart) mail, decoded. */
    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return String.valueOf(part.getContent());
                }
            }
            return multipart.getCount() == 0
                    ? ""
                    : text(multipart.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
