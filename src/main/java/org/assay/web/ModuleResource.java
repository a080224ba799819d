package org.assay.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Serves the browser modules of npm packages that come as mvnpm jars. Their files import each other by package name
 * ({@code from '@codemirror/state'}); each jar's {@code META-INF/importmap.json} says where a name lives. An inline
 * import map would need the page's script policy loosened, so this rewrites the names to paths as it serves a file.
 */
@Path("/modules")
public class ModuleResource {

    static final String PREFIX = "/modules";
    private static final String STATIC = "_static/";
    private static final String OWN = "js/";
    private static final Pattern IMPORT = Pattern.compile("(\\bfrom\\s*|\\bimport\\s*\\(?\\s*)(['\"])([^'\"]+)\\2");

    private final Map<String, String> imports;

    public ModuleResource(ObjectMapper json) {
        this.imports = importMap(json);
    }

    /**
     * One file of a package, or one of the application's own modules under {@code js/}, with the package names it
     * imports turned into paths. Every module is loaded from one URL, so a package is never instantiated twice.
     */
    @GET
    @Path("{path: (_static|js)/.+\\.js}")
    public Response file(@RestPath String path) {
        if (!(path.startsWith(STATIC) || path.startsWith(OWN)) || path.contains("..") || path.contains("//")) {
            throw new NotFoundException();
        }
        URL resource = Thread.currentThread().getContextClassLoader().getResource("META-INF/resources/" + path);
        if (resource == null) {
            throw new NotFoundException("No browser module " + path + ".");
        }
        try (InputStream in = resource.openStream()) {
            var source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Response.ok(rewrite(source), "text/javascript; charset=utf-8").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String rewrite(String source) {
        Matcher m = IMPORT.matcher(source);
        var out = new StringBuilder();
        while (m.find()) {
            var target = imports.get(m.group(3));
            var replacement = target == null ? m.group() : m.group(1) + m.group(2) + PREFIX + target + m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> importMap(ObjectMapper json) {
        var merged = new TreeMap<String, String>();
        try {
            var maps = Thread.currentThread().getContextClassLoader().getResources("META-INF/importmap.json");
            for (URL url : Collections.list(maps)) {
                try (InputStream in = url.openStream()) {
                    JsonNode entries = json.readTree(in).path("imports");
                    entries.fields().forEachRemaining(e -> {
                        if (!e.getKey().endsWith("/") && e.getValue().asText().startsWith("/" + STATIC)) {
                            merged.putIfAbsent(e.getKey(), e.getValue().asText());
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(merged);
    }
}
