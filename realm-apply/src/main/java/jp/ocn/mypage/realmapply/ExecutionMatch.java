package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which execution on the server is which in realm-config: executions are matched by what they run (authenticator,
 * or sub-flow alias), the n-th of a kind to the n-th. realm-config writes an execution as exported ({@code
 * authenticator}, {@code flowAlias}, {@code authenticatorConfig}); the server lists it otherwise ({@code
 * providerId}, {@code displayName}, {@code alias}).
 */
final class ExecutionMatch {

    private ExecutionMatch() {}

    /** The n-th execution of one kind in realm-config is the n-th of that kind on the server. */
    static Map<JsonNode, JsonNode> match(List<JsonNode> wanted, List<JsonNode> present) {
        Map<JsonNode, JsonNode> out = new IdentityHashMap<>();
        List<JsonNode> free = new ArrayList<>(present);
        for (JsonNode want : wanted) {
            for (JsonNode have : free) {
                if (key(want).equals(kind(have))) {
                    out.put(want, have);
                    free.remove(have);
                    break;
                }
            }
        }
        return out;
    }

    /** realm-config may leave out {@code authenticatorFlow}: an execution naming a {@code flowAlias} runs a sub-flow. */
    static boolean isSubFlow(JsonNode want) {
        return want.hasNonNull("flowAlias") || want.path("authenticatorFlow").asBoolean(false);
    }

    /** What a realm-config execution runs. */
    static String key(JsonNode want) {
        return isSubFlow(want)
                ? "sub-flow " + want.get("flowAlias").asText()
                : want.get("authenticator").asText();
    }

    /** What an execution on the server runs, in the words of {@link #key}. */
    static String kind(JsonNode have) {
        return have.path("authenticationFlow").asBoolean(false)
                ? "sub-flow " + have.get("displayName").asText()
                : have.get("providerId").asText();
    }

    /** Whether both use the same setting (by alias), or none; the admin API cannot re-point an execution. */
    static boolean sameConfigAlias(JsonNode want, JsonNode have) {
        if (isSubFlow(want)) {
            return true;
        }
        String wanted = want.hasNonNull("authenticatorConfig")
                ? want.get("authenticatorConfig").asText()
                : null;
        String present =
                have.hasNonNull("authenticationConfig") ? have.path("alias").asText(null) : null;
        return Objects.equals(wanted, present);
    }
}
