package jp.ocn.mypage.sender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.twilio.http.HttpMethod;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP side of the Twilio SDK as a login needs it: one attempt only (neither httpclient5 nor the SDK retries),
 * short connect and read timeouts, and optionally every request sent to another base URL (a local stub) instead
 * of {@code https://api.twilio.com}. One instance per configuration; it is thread-safe.
 */
final class TwilioHttpClient extends NetworkHttpClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI baseUrl;

    private TwilioHttpClient(HttpClientBuilder builder, URI baseUrl) {
        super(builder);
        this.baseUrl = baseUrl;
    }

    static TwilioHttpClient create(TwilioConfig config) {
        return create(config.connectTimeout(), config.readTimeout(), config.apiBaseUrl());
    }

    @SuppressWarnings("deprecation") // RequestConfig's connect timeout: still what httpclient5 5.5 honours per request
    static TwilioHttpClient create(Duration connect, Duration read, URI baseUrl) {
        Timeout connectTimeout = Timeout.of(connect);
        Timeout readTimeout = Timeout.of(read);
        RequestConfig timeouts = RequestConfig.custom()
                .setConnectionRequestTimeout(connectTimeout)
                .setConnectTimeout(connectTimeout)
                .setResponseTimeout(readTimeout)
                .build();
        HttpClientBuilder builder = HttpClientBuilder.create()
                .disableAutomaticRetries()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connectTimeout)
                                .setSocketTimeout(readTimeout)
                                .build())
                        .setDefaultTlsConfig(TlsConfig.custom()
                                .setHandshakeTimeout(connectTimeout)
                                .build())
                        .setMaxConnPerRoute(20)
                        .setMaxConnTotal(40)
                        .build())
                .setDefaultRequestConfig(timeouts)
                // NetworkHttpClient stamps the SDK's own request config (30 s connect, no read limit) on every
                // request; this first link of the chain puts ours back before anything connects or reads.
                .addExecInterceptorFirst("mypage-timeouts", (request, scope, chain) -> {
                    scope.clientContext.setRequestConfig(timeouts);
                    return chain.proceed(request, scope);
                });
        return new TwilioHttpClient(builder, baseUrl);
    }

    /** The SDK's REST client for the account of this configuration, sending through this HTTP client. */
    TwilioRestClient restClient(TwilioConfig config) {
        TwilioRestClient.Builder builder = new TwilioRestClient.Builder(config.accountSid(), config.authToken())
                .accountSid(config.accountSid())
                .httpClient(this);
        if (baseUrl == null) {
            // Region and edge rename Twilio's host; a base URL names the host itself, so they only apply without one.
            if (config.region() != null) {
                builder.region(config.region());
            }
            if (config.edge() != null) {
                builder.edge(config.edge());
            }
        }
        return builder.build();
    }

    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(request);
    }

    @Override
    public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
        return makeRequest(request);
    }

    @Override
    public Response makeRequest(Request request) {
        Response response = super.makeRequest(baseUrl == null ? request : rebased(request));
        return response.getStatusCode() >= 400 ? withStatus(response) : response;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }

    /**
     * The same request against the base URL. The SDK's own URL building rewrites host names for regions and
     * re-encodes the path, so the copy keeps our URL exactly as built here.
     */
    private Request rebased(Request original) {
        URI source = URI.create(original.getUrl());
        String target = baseUrl + (source.getRawPath() == null ? "" : source.getRawPath());
        Request copy = new FixedUrlRequest(original.getMethod(), target);
        copyAll(original.getQueryParams(), copy::addQueryParam);
        copyAll(original.getPostParams(), copy::addPostParam);
        copyAll(original.getHeaderParams(), copy::addHeaderParam);
        if (original.getUsername() != null) {
            copy.setAuth(original.getUsername(), original.getPassword());
        } else if (original.getAuthStrategy() != null) {
            copy.setAuth(original.getAuthStrategy());
        }
        if (original.getContentType() != null) {
            copy.setContentType(original.getContentType());
        }
        copy.setBody(original.getBody());
        copy.setFormParameters(original.getFormParameters());
        copy.setUserAgentExtensions(original.getUserAgentExtensions());
        return copy;
    }

    private static void copyAll(Map<String, List<String>> from, BiConsumer<String, String> to) {
        from.forEach((name, values) -> values.forEach(value -> to.accept(name, value)));
    }

    /**
     * The SDK turns an error body into an exception, but drops the HTTP status when the body is not Twilio's JSON
     * (a proxy's HTML page, an empty 503). Writing the status into the body keeps {@code http_<status>} reportable.
     */
    private static Response withStatus(Response response) {
        int status = response.getStatusCode();
        String content = response.getContent();
        ObjectNode body;
        try {
            JsonNode parsed = content == null || content.isBlank() ? null : JSON.readTree(content);
            body = parsed instanceof ObjectNode object
                    ? object
                    : JSON.createObjectNode().put("message", "HTTP " + status);
        } catch (IOException e) {
            body = JSON.createObjectNode().put("message", "HTTP " + status);
        }
        if (!body.hasNonNull("status")) {
            body.put("status", status);
        }
        return new Response(body.toString(), status, response.getHeaders());
    }

    /** A request whose URL is used as given: no region rewriting, no second encoding. */
    private static final class FixedUrlRequest extends Request {

        private final String fixedUrl;

        FixedUrlRequest(HttpMethod method, String url) {
            super(method, url);
            this.fixedUrl = url;
        }

        @Override
        protected String buildURL() {
            return fixedUrl;
        }
    }
}
