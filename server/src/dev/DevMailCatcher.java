import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Development mail catcher used by {@code dev.sh} (never part of the server build).
 *
 * <p>Runs GreenMail's SMTP server on 127.0.0.1:&lt;port&gt; accepting any recipient, and every second saves each
 * newly received message as {@code NNNN-<recipient>.eml} in &lt;folder&gt; and prints one line per mail with the
 * recipient, subject, file and any http(s) links of the text body, so a person can follow a reset link.
 *
 * <p>Run with the Java source launcher:
 * {@code java -cp server/target/tools/greenmail-standalone.jar server/src/dev/DevMailCatcher.java 1025 server/target/dev-mail}
 */
public class DevMailCatcher {

    // URL characters are ASCII: stop at Japanese text, spaces, quotes, brackets and parentheses.
    private static final Pattern LINK = Pattern.compile("https?://[A-Za-z0-9._~:/?#@!$&*+,;=%-]+");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{4,})-.*\\.eml$");

    // UTF-8 regardless of the platform default (POSIX locales would print Japanese subjects as "?").
    private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: DevMailCatcher <port> <folder>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path folder = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(folder);

        // GreenMail only reports a taken port after its start-up timeout and in a log line; say it plainly.
        if (!portFree(port)) {
            System.err.println("[mail] ERROR: 127.0.0.1:" + port + " is already in use; stop whatever listens there "
                    + "(another dev.sh?) or set MYPAGE_SMTP_HOST/MYPAGE_SMTP_PORT to use that SMTP server instead.");
            System.exit(3);
        }

        // GreenMail logs an INFO line per auto-created mailbox; only our own one-line summaries matter here.
        Configurator.setLevel("com.icegreen.greenmail", Level.WARN);
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            greenMail.start();
        } catch (RuntimeException e) {
            System.err.println("[mail] ERROR: could not start the SMTP server on 127.0.0.1:" + port + ": " + e.getMessage());
            System.exit(3);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "mail-catcher-stop"));
        OUT.println("[mail] catching mail on smtp://127.0.0.1:" + port + ", saving to " + folder);

        // If dev.sh dies without running its trap (kill -9), do not keep the port busy.
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();

        Map<String, Long> lastUid = new HashMap<>();
        int counter = highestNumber(folder);
        while (true) {
            Thread.sleep(1000);
            if (parent.isPresent() && !parent.get().isAlive()) {
                OUT.println("[mail] dev.sh is gone; stopping the mail catcher");
                System.exit(0);
            }
            for (GreenMailUser user : new ArrayList<>(greenMail.getUserManager().listUser())) {
                MailFolder inbox = greenMail.getManagers().getImapHostManager().getInbox(user);
                long seen = lastUid.getOrDefault(user.getEmail(), 0L);
                for (StoredMessage stored : new ArrayList<>(inbox.getMessages())) {
                    if (stored.getUid() <= seen) {
                        continue;
                    }
                    seen = Math.max(seen, stored.getUid());
                    counter++;
                    try {
                        save(stored.getMimeMessage(), user.getEmail(), folder, counter);
                    } catch (Exception e) {
                        System.err.println("[mail] could not save a message for " + user.getEmail() + ": " + e);
                    }
                }
                lastUid.put(user.getEmail(), seen);
            }
        }
    }

    private static void save(MimeMessage message, String recipient, Path folder, int number) throws Exception {
        Path file = folder.resolve(String.format("%04d-%s.eml", number, recipient.replaceAll("[^A-Za-z0-9@._+-]", "_")));
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
        StringBuilder line = new StringBuilder("[mail] to ").append(recipient)
                .append(" | subject: ").append(message.getSubject())
                .append(" | file: ").append(file);
        for (String link : links(message)) {
            line.append("\n[mail]   link: ").append(link);
        }
        OUT.println(line);
    }

    /** Links of the text/plain body, or of the HTML body when the mail has no plain text. */
    private static Set<String> links(MimeMessage message) throws Exception {
        List<String> plain = new ArrayList<>();
        List<String> html = new ArrayList<>();
        collectText(message, plain, html);
        Set<String> links = new LinkedHashSet<>();
        for (String text : plain.isEmpty() ? html : plain) {
            Matcher m = LINK.matcher(plain.isEmpty() ? text.replace("&amp;", "&") : text);
            while (m.find()) {
                links.add(m.group().replaceAll("[.,;:!?]+$", ""));
            }
        }
        return links;
    }

    private static void collectText(Part part, List<String> plain, List<String> html) throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return;
        }
        if (part.isMimeType("text/plain")) {
            plain.add(String.valueOf(part.getContent()));
        } else if (part.isMimeType("text/html")) {
            html.add(String.valueOf(part.getContent()));
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collectText(child, plain, html);
            }
        }
    }

    /** Continue numbering after mails kept from earlier runs instead of overwriting them. */
    private static int highestNumber(Path folder) throws IOException {
        int highest = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = NUMBERED.matcher(p.getFileName().toString());
                if (m.matches()) {
                    highest = Math.max(highest, Integer.parseInt(m.group(1)));
                }
            }
        }
        return highest;
    }

    private static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
