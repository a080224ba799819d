package org.assay.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.account.Role;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;

/**
 * A page served from another port of the same host, opened in the browser of a signed-in admin, tries to disable a
 * user with a form whose body is plain text, which form tokens never see.
 */
@QuarkusTest
@Tag("browser")
class CrossOriginBrowserTest extends BrowserSupport {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aPageOnAnotherPortCannotActForTheSignedInAdmin() throws Exception {
        var victim = TestUsers.create(Role.interviewer);
        long id = TestUsers.find(victim).id;
        var assay = base.toString().replaceAll("/$", "");
        var attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        var form = """
                <!DOCTYPE html><html><body>
                <form id="f" method="post" enctype="text/plain" action="%s/admin/users/%d/disable">
                <input name="x" value="y"></form>
                <script>document.getElementById('f').submit()</script></body></html>""".formatted(assay, id);
        attacker.createContext("/", exchange -> {
            byte[] body = form.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        attacker.start();
        try {
            page.navigate(assay + "/login");
            page.getByLabel("Username").fill(WebSession.ADMIN);
            page.getByLabel("Password").fill(WebSession.ADMIN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL(assay + "/");

            var response = page.waitForResponse(r -> r.url().endsWith("/disable"),
                    () -> page.navigate("http://127.0.0.1:" + attacker.getAddress().getPort() + "/"));

            assertThat(response.status()).isEqualTo(403);
            assertThat(page.content()).contains("came from another site");
            assertThat(TestUsers.find(victim).enabled).as("the user the page tried to disable").isTrue();
        } finally {
            attacker.stop(0);
        }
    }
}
