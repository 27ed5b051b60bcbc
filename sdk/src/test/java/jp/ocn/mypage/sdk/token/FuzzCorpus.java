package jp.ocn.mypage.sdk.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The malformed tokens of {@link MalformedTokenFuzzTest}, built from a seed so every run sees the same ones: random
 * text, mutated real tokens, hostile headers, and tokens signed by the realm's real key whose claims are of the wrong
 * shape.
 */
final class FuzzCorpus {

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private final TestRealm realm;
    private final Random random;

    FuzzCorpus(TestRealm realm, long seed) {
        this.realm = realm;
        this.random = new Random(seed);
    }

    List<String> tokens() {
        String good = realm.sign(TestRealm.accessClaims().build());
        String[] parts = good.split("\\.");
        List<String> corpus = new ArrayList<>();
        corpus.addAll(List.of(
                "", ".", "..", "...", "a.b.c", "a.b", "a..c", " " + good, good + " ", good + ".", good + "..x"));
        corpus.add(parts[0] + "." + parts[1]); // no signature
        corpus.add(parts[0] + "." + parts[1] + ".");
        corpus.add(parts[1] + "." + parts[0] + "." + parts[2]); // segments swapped
        corpus.add(good.replace('.', '\u3002'));
        corpus.add("Bearer " + good);
        corpus.add("x".repeat(20_000));
        corpus.add(parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[2] + "." + parts[2]); // JWE-shaped
        for (int i = 0; i < 250; i++) {
            corpus.add(randomSegments());
        }
        for (int i = 0; i < 300; i++) {
            String mutated = mutate(good);
            if (!sameBytes(mutated, good)) {
                corpus.add(mutated);
            }
        }
        for (String header : hostileHeaders()) {
            corpus.add(Base64URL.encode(header) + "." + parts[1] + "." + parts[2]);
            corpus.add(signedRaw(header, parts[1]));
        }
        for (String payload : hostilePayloads()) {
            corpus.add(signedRaw(
                    "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"key-1\"}",
                    Base64URL.encode(payload).toString()));
        }
        while (corpus.size() < 1_100) {
            corpus.add(signedRaw(
                    "{\"alg\":\"RS256\",\"kid\":\"key-1\"}",
                    Base64URL.encode(randomJson(3)).toString()));
        }
        return corpus;
    }

    private String randomSegments() {
        int segments = random.nextInt(6);
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < segments; s++) {
            if (s > 0) {
                b.append('.');
            }
            int len = random.nextInt(80);
            for (int i = 0; i < len; i++) {
                b.append(random.nextInt(20) == 0 ? (char) random.nextInt(0x3100) : B64.charAt(random.nextInt(64)));
            }
        }
        return b.toString();
    }

    private String mutate(String token) {
        char[] c = token.toCharArray();
        switch (random.nextInt(4)) {
            case 0 -> {
                int i = random.nextInt(c.length);
                c[i] = B64.charAt(random.nextInt(64));
                return new String(c);
            }
            case 1 -> {
                return token.substring(0, random.nextInt(token.length()));
            }
            case 2 -> {
                int i = random.nextInt(c.length);
                return token.substring(0, i) + (char) random.nextInt(0x10000) + token.substring(i);
            }
            default -> {
                int i = random.nextInt(c.length);
                int j = random.nextInt(c.length);
                char t = c[i];
                c[i] = c[j];
                c[j] = t;
                return new String(c);
            }
        }
    }

    /** A mutation that decodes to the very same bytes (Base64's unused low bits) is no malformed token. */
    private static boolean sameBytes(String a, String b) {
        String[] x = a.split("\\.", -1);
        String[] y = b.split("\\.", -1);
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!x[i].chars().allMatch(ch -> B64.indexOf(ch) >= 0)
                    || !Arrays.equals(new Base64URL(x[i]).decode(), new Base64URL(y[i]).decode())) {
                return false;
            }
        }
        return true;
    }

    private List<String> hostileHeaders() {
        return List.of(
                "{}",
                "null",
                "[]",
                "\"RS256\"",
                "{\"alg\":null}",
                "{\"alg\":256}",
                "{\"alg\":[\"RS256\"]}",
                "{\"alg\":\"rs256\",\"kid\":\"key-1\"}",
                "{\"alg\":\"RS256 \",\"kid\":\"key-1\"}",
                "{\"alg\":\"NONE\"}",
                "{\"alg\":\"None\",\"kid\":\"key-1\"}",
                "{\"alg\":\"HS256\",\"kid\":\"key-1\"}",
                "{\"alg\":\"HS512\"}",
                "{\"alg\":\"ES256\",\"kid\":\"key-1\"}",
                "{\"alg\":\"PS256\",\"kid\":\"key-1\"}",
                "{\"alg\":\"RSA-OAEP\",\"enc\":\"A128GCM\"}",
                "{\"alg\":\"dir\",\"enc\":\"A256GCM\"}",
                "{\"alg\":\"RS256\",\"kid\":{\"a\":1}}",
                "{\"alg\":\"RS256\",\"kid\":12}",
                "{\"alg\":\"RS256\",\"kid\":\"key-1\",\"typ\":[\"JWT\"]}",
                "{\"alg\":\"RS256\",\"kid\":\"key-1\",\"typ\":\"logout+jwt\"}",
                "{\"alg\":\"RS256\",\"kid\":\"key-1\",\"crit\":[\"exp\"],\"exp\":1}",
                "{\"alg\":\"RS256\",\"kid\":\"key-1\",\"crit\":\"b64\"}",
                "{\"alg\":\"RS256\",\"kid\":\"key-1\",\"b64\":false,\"crit\":[\"b64\"]}",
                "{\"alg\":\"RS256\",\"kid\":\"key-1\",\"jku\":\"http://attacker.example/jwks\"}",
                "{\"alg\":\"RS256\",\"kid\":\"key-1\",\"x5u\":\"http://attacker.example/x5\"}",
                "{\"alg\":\"RS256\",\"jwk\":{\"kty\":\"oct\",\"k\":\"AAAA\"}}",
                "{\"alg\":\"RS256\",\"jwk\":\"not an object\"}",
                "{\"alg\":\"RS256\",\"kid\":\"key-1\",\"x5c\":[\"!!!\"]}",
                "{\"alg\":\"RS256\",\"kid\":\"key-1\",\"x5t\":17}",
                "{\"alg\":\"RS256\",\"kid\":\"key-1\"",
                "{\"alg\":\"RS256\",\"alg\":\"none\"}",
                "{\"alg\":\"RS256\",\"kid\":\"key-1\",\"zip\":\"DEF\"}",
                "{\"alg\":\"RS256\",\"kid\":\"" + "k".repeat(5000) + "\"}",
                "[".repeat(50_000),
                "{\"a\":" + "[".repeat(20_000) + "}",
                "\u0000\u0001\u0002",
                "{\"alg\":\"RS256\",\"kid\":\"key-1\"}garbage");
    }

    private List<String> hostilePayloads() {
        List<String> p = new ArrayList<>(List.of(
                "",
                "null",
                "[]",
                "1",
                "\"text\"",
                "{",
                "[".repeat(50_000),
                "{\"a\":" + "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000) + "}",
                "{\"iss\":\"" + TestRealm.ISSUER + "\"}"));
        String base = TestRealm.accessClaims().build().toString();
        String[][] swaps = {
            {"\"exp\":", "\"exp\":\"tomorrow\",\"x\":"},
            {"\"exp\":", "\"exp\":1e400,\"x\":"},
            {"\"exp\":", "\"exp\":-99999999999999999999,\"x\":"},
            {"\"iat\":", "\"iat\":[1],\"x\":"},
            {"\"iss\":", "\"iss\":[\"a\"],\"x\":"},
            {"\"aud\":", "\"aud\":7,\"x\":"},
            {"\"aud\":", "\"aud\":[null],\"x\":"},
            {"\"sub\":", "\"sub\":{},\"x\":"},
            {"\"azp\":", "\"azp\":[\"mypage-portal\"],\"x\":"},
            {"\"acr\":", "\"acr\":2,\"x\":"},
            {"\"amr\":", "\"amr\":\"pwd\",\"x\":"},
            {"\"amr\":", "\"amr\":[1,2],\"x\":"},
            {"\"auth_time\":", "\"auth_time\":\"now\",\"x\":"},
            {"\"customer_numbers\":", "\"customer_numbers\":[null],\"x\":"},
            {"\"customer_numbers\":", "\"customer_numbers\":\"N123456789\",\"x\":"},
            {"\"contracts\":", "\"contracts\":\"all\",\"x\":"},
            {"\"contracts\":", "\"contracts\":[1],\"x\":"},
            {"\"contracts\":", "\"contracts\":[{}],\"x\":"},
            {"\"contracts\":", "\"contracts\":[{\"customer_number\":1,\"service\":\"x\"}],\"x\":"},
            {"\"contracts\":", "\"contracts\":[{\"customer_number\":\"N1\",\"service\":\"x\",\"status\":[]}],\"x\":"},
            {
                "\"contracts\":",
                "\"contracts\":[{\"customer_number\":\"N1\",\"service\":\"x\",\"status_changed_on\":\"2025-13-45\"}],\"x\":"
            },
            {"\"account_status\":", "\"account_status\":{\"a\":1},\"x\":"},
            {"\"sid\":", "\"sid\":5,\"x\":"},
            {"\"typ\":", "\"typ\":\"Refresh\",\"x\":"},
            {"\"ocn_id\":", "\"ocn_id\":false,\"x\":"},
            {"\"ocn_id\":", "\"corp\":\"yes\",\"ocn_id\":"},
            {"\"ocn_id\":", "\"corp\":{\"roles\":\"manage\"},\"ocn_id\":"},
            {"\"ocn_id\":", "\"corp\":{\"customer_number\":\"N1\",\"roles\":[3]},\"ocn_id\":"},
            {"\"ocn_id\":", "\"corp\":{\"customer_number\":\"N1\",\"representative\":\"true\"},\"ocn_id\":"},
            {"\"ocn_id\":", "\"corp\":{\"customer_number\":\"N1\",\"deputy_until\":\"tomorrow\"},\"ocn_id\":"},
            {"\"ocn_id\":", "\"corp\":{\"name\":\"no number\"},\"ocn_id\":"},
            {"\"ocn_id\":", "\"daccount_linked\":\"yes\",\"ocn_id\":"},
            {"\"iat\":", "\"nbf\":\"soon\",\"iat\":"},
            // a claim twice: the last one would pass, so a lenient parser would let the first one in
            {"\"iss\":", "\"iss\":\"https://evil.example/realms/mypage\",\"iss\":"}
        };
        for (String[] swap : swaps) {
            String changed = base.replaceFirst(java.util.regex.Pattern.quote(swap[0]), swap[1]);
            assertThat(changed).as("swap " + swap[0]).isNotEqualTo(base);
            p.add(changed);
        }
        p.add(base + "{}"); // trailing content after the claims
        return p;
    }

    private String randomJson(int depth) {
        return switch (depth <= 0 ? random.nextInt(4) : random.nextInt(6)) {
            case 0 -> Integer.toString(random.nextInt());
            case 1 -> "\"" + randomSegments().replace("\"", "").replace("\\", "") + "\"";
            case 2 -> random.nextBoolean() ? "true" : "null";
            case 3 -> Double.toString(random.nextGaussian() * 1e12);
            case 4 -> {
                StringBuilder b = new StringBuilder("[");
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.append(i > 0 ? "," : "").append(randomJson(depth - 1));
                }
                yield b.append(']').toString();
            }
            default -> {
                String[] names = {
                    "iss",
                    "sub",
                    "aud",
                    "exp",
                    "iat",
                    "nbf",
                    "azp",
                    "typ",
                    "contracts",
                    "corp",
                    "amr",
                    "acr",
                    "auth_time",
                    "events",
                    "sid",
                    "nonce",
                    "account_status",
                    "customer_numbers"
                };
                StringBuilder b = new StringBuilder("{");
                int n = 1 + random.nextInt(6);
                for (int i = 0; i < n; i++) {
                    b.append(i > 0 ? "," : "")
                            .append('"')
                            .append(names[random.nextInt(names.length)])
                            .append("\":")
                            .append(randomJson(depth - 1));
                }
                yield b.append('}').toString();
            }
        };
    }

    /** A token whose signing input is exactly these bytes, signed by the realm's real key. */
    private String signedRaw(String header, String payloadSegment) {
        String input = Base64URL.encode(header) + "." + payloadSegment;
        try {
            java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
            rsa.initSign(realm.signingKey().toPrivateKey());
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64URL.encode(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
