import HTTPTypes
import OrderedJSON
import Testing
import WindsockModel
import WindsockStore

@testable import WindsockServer

/// Hostile content is shown as text and never becomes markup; forms need their CSRF token; keys guard the UI.
@Suite("Web UI security")
struct UISecurityTests {
    @Test("text and attribute values are escaped")
    func escaping() {
        var html = HTMLBuilder()
        html.element("a", [.title("\"><script>x</script>'"), .href(SafeURL(path: "/a", query: [("q", "<&\"'>")]))]) {
            html in
            html.text("<b>&amp;</b>")
        }
        #expect(
            html.output
                == "<a title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;&#39;\" href=\"/a?q=%3C%26%22%27%3E\">&lt;b&gt;&amp;amp;&lt;/b&gt;</a>"
        )
    }

    @Test(
        "only http, https, mailto and relative URLs survive as links",
        arguments: [
            ("javascript:alert(1)", nil), ("JaVaScRiPt:alert(1)", nil), (" javascript:alert(1)", nil),
            ("java\tscript:alert(1)", nil), ("java\nscript:alert(1)", nil), ("data:text/html,<script>", nil),
            ("vbscript:msgbox", nil), ("https://example.com/x", "https://example.com/x"),
            ("http://example.com", "http://example.com"), ("mailto:a@b.c", "mailto:a@b.c"), ("/traces", "/traces"),
            ("#top", "#top"), ("//evil.example", "https://evil.example"), ("/\\evil.example", "https://evil.example"),
        ] as [(String, String?)])
    func urls(raw: String, expected: String?) {
        #expect(SafeURL(untrusted: raw)?.text == expected)
    }

    @Test("markdown renders safely: raw HTML as text, unsafe links dropped, safe links kept")
    func markdown() {
        var html = HTMLBuilder()
        Markdown.render(
            "# Title\n\nHello **bold** and *it* `<code>`\n<script>alert(1)</script>\n\n- [bad](javascript:alert(1))\n- [good](https://mistral.ai)\n\n```swift\nlet x = \"<img onerror=y>\"\n```",
            into: &html)
        let out = html.output
        #expect(out.contains("<div class=\"md-h md-h1\">Title</div>"))
        #expect(out.contains("<strong>bold</strong>"))
        #expect(out.contains("<em>it</em>"))
        #expect(out.contains("<code>&lt;code&gt;</code>"))
        #expect(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!out.contains("<script"))
        #expect(!out.contains("javascript:"))
        #expect(out.contains("<span class=\"dropped-link\" title=\"link removed: unsafe URL\">bad</span>"))
        #expect(out.contains("<a href=\"https://mistral.ai\" rel=\"noopener noreferrer nofollow\">good</a>"))
        #expect(
            out.contains(
                "<pre class=\"code\" data-language=\"swift\"><code>let x = &quot;&lt;img onerror=y&gt;&quot;</code></pre>"
            ))
    }

    @Test("hostile trace content never becomes markup on any page")
    func hostilePages() async throws {
        let store = InMemoryTraceStore()
        let spans = HostileTraces.spans()
        _ = try await store.write(spans, project: .default)
        try await withTestServer(store: store) { caller in
            let trace = HostileTraces.traceID.hex
            let pages = [
                "/", "/ui/fragments/traces", "/traces/\(trace)", "/traces/\(trace)?span=\(spans[1].spanID.hex)",
                "/traces/\(trace)?span=\(spans[1].spanID.hex)&full=1", "/sessions",
                "/sessions?id=\(SafeURL.encode(spans[0].sessionID ?? ""))", "/dashboard",
            ]
            for path in pages {
                let answer = try await caller.get(path)
                #expect(answer.status == .ok, "\(path)")
                let page = answer.text
                // The only script element is the UI's own, loaded from this server.
                #expect(
                    page.components(separatedBy: "<script").count - 1 == (path.hasPrefix("/ui/") ? 0 : 1), "\(path)")
                #expect(!page.contains("<img"), "\(path)")
                #expect(!page.contains("<svg onload"), "\(path)")
                #expect(!page.contains("href=\"javascript:"), "\(path)")
                #expect(!page.lowercased().contains("onerror=alert(1)>"), "\(path)")
            }
            let detail = try await caller.get("/traces/\(trace)?span=\(spans[1].spanID.hex)").text
            #expect(detail.contains("chat &lt;img src=x onerror=alert(1)&gt;"))
            #expect(detail.contains("Tool call: tool&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;"))
            #expect(detail.contains("key&lt;script&gt;"))
            #expect(detail.contains("<span class=\"dropped-link\" title=\"link removed: unsafe URL\">click me</span>"))
            #expect(detail.contains("<a href=\"https://example.com/a?b=&quot;c&quot;\""))
            #expect(detail.contains("Type&lt;script&gt;"))
        }
    }

    @Test("feedback needs the CSRF token, then is stored as a score and shown")
    func feedback() async throws {
        let store = InMemoryTraceStore()
        let spans = SampleTraces.chat(trace: 1)
        _ = try await store.write(spans, project: .default)
        try await withTestServer(store: store) { caller in
            let page = try await caller.get("/traces/\(spans[0].traceID.hex)")
            let cookie = try #require(page.headers[.setCookie]?.firstMatch(between: "windsock_csrf=", and: ";"))
            #expect(page.headers[.setCookie]?.contains("HttpOnly; SameSite=Strict") == true)
            #expect(page.text.contains("name=\"csrf_token\" value=\"\(cookie)\""))
            let path = "/traces/\(spans[0].traceID.hex)/feedback"
            let form = "span_id=\(spans[1].spanID.hex)&value=down&comment=too+slow+%3Cb%3E"

            let forged = try await caller.send(
                .post, path, headers: [.contentType: "application/x-www-form-urlencoded"], body: Array(form.utf8))
            #expect(forged.status == .forbidden)
            let wrong = try await caller.send(
                .post, path,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "windsock_csrf=\(cookie)"],
                body: Array((form + "&csrf_token=\(String(repeating: "0", count: 32))").utf8))
            #expect(wrong.status == .forbidden)
            #expect(try await store.scores(traceID: spans[0].traceID, project: .default).isEmpty)

            let saved = try await caller.send(
                .post, path,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "windsock_csrf=\(cookie)"],
                body: Array((form + "&csrf_token=\(cookie)").utf8))
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/traces/\(spans[0].traceID.hex)?span=\(spans[1].spanID.hex)")
            let scores = try await store.scores(traceID: spans[0].traceID, project: .default)
            #expect(scores.count == 1)
            #expect(scores.first?.value == .boolean(false))
            #expect(scores.first?.spanID == spans[1].spanID)
            #expect(scores.first?.comment == "too slow <b>")
            #expect(scores.first?.name == "user_feedback")
            let shown = try await caller.get("/traces/\(spans[0].traceID.hex)?span=\(spans[1].spanID.hex)").text
            #expect(
                shown.contains("<span class=\"chip down\" title=\"user_feedback · too slow &lt;b&gt;\">▼ down</span>"))
            #expect(try await caller.get("/").text.contains("class=\"chip down\""))

            let bad = try await caller.send(
                .post, path,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "windsock_csrf=\(cookie)"],
                body: Array("value=maybe&csrf_token=\(cookie)".utf8))
            #expect(bad.status == .badRequest)
        }
    }

    @Test("with keys configured the UI asks for a read key and keeps it in an HttpOnly SameSite cookie")
    func signIn() async throws {
        let keys = InMemoryKeyStore()
        let store = InMemoryTraceStore(keys: keys)
        let issuer = APIKeyIssuer(keys: keys)
        let project = try #require(ProjectID(rawValue: "shop"))
        let read = try await issuer.create(project: project, scope: .read, name: nil).secret.text
        let ingest = try await issuer.create(project: project, scope: .ingest, name: nil).secret.text
        _ = try await store.write(SampleTraces.chat(trace: 1), project: project)
        try await withTestServer(store: store) { caller in
            let redirected = try await caller.get("/traces/\(TraceID(high: 0xABCD, low: 1).hex)")
            #expect(redirected.status == .seeOther)
            #expect(redirected.headers[.location]?.hasPrefix("/login?next=%2Ftraces%2F") == true)
            let login = try await caller.get("/login?next=/sessions")
            let csrf = try #require(login.headers[.setCookie]?.firstMatch(between: "windsock_csrf=", and: ";"))
            #expect(login.text.contains("type=\"password\""))
            func post(_ key: String, csrfField: String) async throws -> TestAnswer {
                try await caller.send(
                    .post, "/login",
                    headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "windsock_csrf=\(csrf)"],
                    body: Array("key=\(key)&next=%2Fsessions&csrf_token=\(csrfField)".utf8))
            }
            #expect(try await post(ingest, csrfField: csrf).status == .unauthorized)
            #expect(try await post("wsk_read_nonsense", csrfField: csrf).status == .unauthorized)
            #expect(try await post(read, csrfField: "x").status == .forbidden)
            let signedIn = try await post(read, csrfField: csrf)
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.headers[.location] == "/sessions")
            let setCookies = signedIn.headers[values: .setCookie]
            #expect(setCookies.contains("windsock_session=\(read); Path=/; HttpOnly; SameSite=Strict; Max-Age=604800"))
            let page = try await caller.send(.get, "/", headers: [.cookie: "windsock_session=\(read)"])
            #expect(page.status == .ok)
            #expect(page.text.contains(TraceID(high: 0xABCD, low: 1).hex))
            #expect(page.text.contains("Sign out"))
            let evil = try await caller.get("/login?next=//evil.example")
            #expect(evil.text.contains("name=\"next\" value=\"/\""))
        }
    }
}

@Suite("Markdown subset")
struct MarkdownTests {
    private func render(_ source: String) -> String {
        var html = HTMLBuilder()
        Markdown.render(source, into: &html)
        return html.output
    }

    @Test("snake_case and __dunder__ names are not emphasis; a link after them still parses")
    func underscores() {
        #expect(render("call get_weather_now") == "<p>call get_weather_now</p>")
        #expect(
            render("x.__a=1 [l](javascript:y.__b) _it_")
                == "<p>x.__a=1 <span class=\"dropped-link\" title=\"link removed: unsafe URL\">l</span> <em>it</em></p>"
        )
    }

    @Test("lists, quotes, headings and line breaks")
    func blocks() {
        #expect(render("1. one\n2. two") == "<ol><li>one</li><li>two</li></ol>")
        #expect(render("> quoted\n\nafter") == "<blockquote><p>quoted</p></blockquote><p>after</p>")
        #expect(render("a\nb") == "<p>a<br />b</p>")
        #expect(render("### h") == "<div class=\"md-h md-h3\">h</div>")
    }
}
