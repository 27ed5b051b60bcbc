package jp.ocn.mypage.bench;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A form of a login page as a browser submits it: its absolute action and its hidden fields. */
record LoginForm(URI action, Map<String, String> hidden, java.util.Set<String> inputs) {

    /** The form {@code selector} of the page at {@code base}; fails with the page's title when it is not there. */
    static LoginForm parse(String html, URI base, String selector) {
        LoginForm form = parseIfPresent(html, base, selector);
        if (form == null) {
            throw new UnexpectedPage("no " + selector + " on page " + describe(html) + " at " + base);
        }
        return form;
    }

    /** The form {@code selector} of the page, or null when the page has none. */
    static LoginForm parseIfPresent(String html, URI base, String selector) {
        Element form = Jsoup.parse(html, base.toString()).selectFirst(selector);
        if (form == null) {
            return null;
        }
        Map<String, String> hidden = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden][name]")) {
            hidden.putIfAbsent(input.attr("name"), input.val());
        }
        java.util.Set<String> inputs = new java.util.HashSet<>();
        form.select("input[name]").forEach(input -> inputs.add(input.attr("name")));
        return new LoginForm(URI.create(form.absUrl("action")), Map.copyOf(hidden), java.util.Set.copyOf(inputs));
    }

    /** Whether the form has an input of this name (e.g. {@code username} on the first page of identity-first login). */
    boolean asks(String name) {
        return inputs.contains(name);
    }

    /** A page's title and the start of its text, for an error message. */
    static String describe(String html) {
        Document page = Jsoup.parse(html);
        String text = page.text();
        return "\"" + page.title() + "\" " + text.substring(0, Math.min(200, text.length()));
    }

    /** The fields to post: the hidden ones, and what the user typed over them. */
    Map<String, String> with(Map<String, String> typed) {
        Map<String, String> fields = new LinkedHashMap<>(hidden);
        fields.putAll(typed);
        return fields;
    }

    /** A sign-in that did not go as the scenario expects (counted as an error of the round). */
    static final class UnexpectedPage extends RuntimeException {
        UnexpectedPage(String message) {
            super(message, null, false, false);
        }
    }
}
