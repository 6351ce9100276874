import HTTPTypes
import Hummingbird
import Logging
import WindsockModel
import WindsockStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The web UI's routes: pages read the store directly (not over HTTP). Not part of the REST API, so they are
/// registered on the router directly rather than in the ``RouteTable`` the OpenAPI document describes.
struct UIRoutes: Sendable {
    /// The largest form body accepted.
    static let maximumFormBytes = 64 * 1024

    let services: ServerServices
    let access: UIAccess

    init(services: ServerServices) {
        self.services = services
        self.access = UIAccess(authenticator: services.authenticator)
    }

    static func register(on router: Router<BasicRequestContext>, services: ServerServices) {
        let routes = UIRoutes(services: services)
        UIAssets.register(on: router)
        router.get("/") { request, _ in
            await routes.page(request) { context in try await routes.traceList(request, context: context) }
        }
        router.get("/ui/fragments/traces") { request, _ in
            await routes.page(request) { context in try await routes.traceRows(request, context: context) }
        }
        router.get("/traces/:trace_id") { request, requestContext in
            await routes.page(request) { context in
                try await routes.trace(request, id: requestContext.parameters.get("trace_id"), context: context)
            }
        }
        router.post("/traces/:trace_id/feedback") { request, requestContext in
            await routes.form(request) { context, form in
                try await routes.feedback(id: requestContext.parameters.get("trace_id"), form: form, context: context)
            }
        }
        router.get("/sessions") { request, _ in
            await routes.page(request) { context in
                if let id = QueryParameters(request.uri.query).string("id") {
                    return try await routes.session(id, context: context)
                }
                return try await routes.sessionList(context: context)
            }
        }
        router.get("/dashboard") { request, _ in
            await routes.page(request) { context in try await routes.dashboard(request, context: context) }
        }
        router.get("/login") { request, _ in await routes.loginPage(request) }
        router.post("/login") { request, _ in await routes.login(request) }
        router.post("/logout") { request, _ in await routes.logout(request) }
    }

    // MARK: - Access

    /// Checks access, then answers with `body`'s page; sends visitors without a key to sign in.
    func page(_ request: Request, _ body: (UIPageContext) async throws -> Response) async -> Response {
        do {
            switch try await access.check(request) {
            case .signIn(let cookies):
                let next = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
                return UIResponse.redirect(to: SafeURL(path: "/login", query: [("next", next)]), cookies: cookies)
            case .allowed(let context, let cookies):
                var response = try await body(context)
                for cookie in cookies { response.headers.append(HTTPField(name: .setCookie, value: cookie)) }
                return response
            }
        } catch {
            return failure(error, request: request)
        }
    }

    /// Checks access and the CSRF token of a posted form, then runs `body`.
    func form(_ request: Request, _ body: (UIPageContext, QueryParameters) async throws -> Response) async
        -> Response
    {
        await page(request) { context in
            let form = try await Self.readForm(request)
            guard UIAccess.validCSRF(form: form, request: request) else {
                return UIResponse.html(
                    MessagePage.render(
                        title: "Form expired",
                        message: "This form's security token is missing or stale: reload the page and try again.",
                        context: context), status: .forbidden)
            }
            return try await body(context, form)
        }
    }

    static func readForm(_ request: Request) async throws -> QueryParameters {
        let body = try await request.body.collect(upTo: maximumFormBytes)
        return QueryParameters(String(decoding: body.readableBytesView, as: UTF8.self))
    }

    private func failure(_ error: any Error, request: Request) -> Response {
        if let error = error as? any HTTPResponseError, error.status == .contentTooLarge {
            return UIResponse.html(
                MessagePage.render(
                    title: "Too large", message: "That form is larger than this server accepts.", context: nil),
                status: .contentTooLarge)
        }
        services.logger.error("UI request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
        return UIResponse.html(
            MessagePage.render(
                title: "Something went wrong", message: "The server could not answer this page; the log says why.",
                context: nil), status: .internalServerError)
    }

    func notFound(_ message: String, context: UIPageContext) -> Response {
        UIResponse.html(MessagePage.render(title: "Not found", message: message, context: context), status: .notFound)
    }

    // MARK: - Traces

    private func traceList(_ request: Request, context: UIPageContext) async throws -> Response {
        let filters = TraceFilters(QueryParameters(request.uri.query))
        let host = request.head.authority ?? "127.0.0.1:\(services.configuration.address.port)"
        var page = TraceListPage(
            filters: filters, rows: [], nextCursor: nil, error: nil, endpoint: "http://\(host)", context: context)
        switch filters.query(project: context.project, now: Timestamp(Date())) {
        case .failure(let error):
            page.error = error
            return UIResponse.html(page.render(), status: .badRequest)
        case .success(let query):
            let listing = try await rows(query, feedback: try filters.feedbackFilter.get())
            page.rows = listing.rows
            page.nextCursor = listing.next
            return UIResponse.html(page.render())
        }
    }

    private func traceRows(_ request: Request, context: UIPageContext) async throws -> Response {
        let filters = TraceFilters(QueryParameters(request.uri.query))
        guard case .success(let query) = filters.query(project: context.project, now: Timestamp(Date())) else {
            return UIResponse.html("", status: .badRequest)
        }
        var html = HTMLBuilder()
        TraceListPage.writeRows(try await rows(query, feedback: try filters.feedbackFilter.get()).rows, into: &html)
        return UIResponse.html(html.output)
    }

    /// A page of traces with their scores; with a feedback filter, the traces whose scores match (see
    /// ``FeedbackFilter``).
    private func rows(_ query: TraceQuery, feedback: FeedbackFilter?) async throws -> (
        rows: [TraceListPage.Row], next: String?
    ) {
        guard let feedback else {
            let page = try await services.store.traces(query)
            return (try await scored(page.traces, project: query.project), page.nextCursor?.token)
        }
        var rows: [TraceListPage.Row] = []
        var scan = query
        scan.limit = 200
        var scanned = 0
        while scanned < FeedbackFilter.scanLimit {
            let page = try await services.store.traces(scan)
            for row in try await scored(page.traces, project: query.project) {
                scanned += 1
                scan.cursor = TraceCursor(startTime: row.trace.startTime, traceID: row.trace.traceID)
                if feedback.matches(row.scores) { rows.append(row) }
                if rows.count == query.limit { return (rows, scan.cursor?.token) }
            }
            guard page.nextCursor != nil else { return (rows, nil) }
        }
        return (rows, scan.cursor?.token)
    }

    private func scored(_ traces: [TraceSummary], project: ProjectID) async throws -> [TraceListPage.Row] {
        let scores = try await services.store.scores(traceIDs: traces.map(\.traceID), project: project)
        return traces.map { TraceListPage.Row(trace: $0, scores: scores[$0.traceID] ?? []) }
    }

    private func trace(_ request: Request, id: String?, context: UIPageContext) async throws -> Response {
        guard let id, let traceID = TraceID(hex: id) else {
            return notFound("A trace id is 32 hex digits.", context: context)
        }
        guard let detail = try await services.store.trace(traceID, project: context.project) else {
            return notFound("No trace \(traceID.hex) in this project (yet).", context: context)
        }
        let parameters = QueryParameters(request.uri.query)
        let page = TracePage(
            detail: detail, selectedSpanID: parameters.string("span").flatMap { SpanID(hex: $0) },
            spanPage: Int(parameters.string("page") ?? "") ?? 1, showFull: parameters.string("full") == "1",
            context: context)
        return UIResponse.html(page.render())
    }

    private func feedback(id: String?, form: QueryParameters, context: UIPageContext) async throws -> Response {
        guard let id, let traceID = TraceID(hex: id) else {
            return notFound("A trace id is 32 hex digits.", context: context)
        }
        var spanID: SpanID?
        if let text = form.string("span_id") {
            guard let parsed = SpanID(hex: text) else { return badForm("The span id is not 16 hex digits.", context) }
            spanID = parsed
        }
        let value: Bool
        switch form.string("value") {
        case "up": value = true
        case "down": value = false
        default: return badForm("Choose thumbs up or thumbs down.", context)
        }
        let comment = form.string("comment")
        if let comment, comment.count > ScoreRequest.maximumTextLength {
            return badForm("A comment is at most \(ScoreRequest.maximumTextLength) characters.", context)
        }
        let score = Score(
            id: UUID().uuidString.lowercased(), traceID: traceID, spanID: spanID, name: FeedbackForm.scoreName,
            value: .boolean(value), comment: comment, source: .human, author: nil, createdAt: Timestamp(Date()))
        try await services.store.addScore(score, project: context.project)
        return UIResponse.redirect(
            to: SafeURL(path: "/traces/\(traceID.hex)", query: [("span", spanID?.hex)]))
    }

    private func badForm(_ message: String, _ context: UIPageContext) -> Response {
        UIResponse.html(
            MessagePage.render(title: "Feedback not saved", message: message, context: context), status: .badRequest)
    }

    // MARK: - Sign-in

    private func loginPage(_ request: Request) async -> Response {
        let parameters = QueryParameters(request.uri.query)
        let cookies = Cookies(request)
        var setCookies: [String] = []
        let csrf: String
        if let existing = cookies[UIAccess.csrfCookie], existing.count == 32 {
            csrf = existing
        } else {
            csrf = UIAccess.randomToken()
            setCookies.append(Cookies.set(UIAccess.csrfCookie, csrf))
        }
        let page = LoginPage(csrfToken: csrf, next: LoginPage.safeNext(parameters.string("next")), error: nil)
        return UIResponse.html(page.render(), cookies: setCookies)
    }

    private func login(_ request: Request) async -> Response {
        do {
            let form = try await Self.readForm(request)
            let next = LoginPage.safeNext(form.string("next"))
            guard UIAccess.validCSRF(form: form, request: request), let csrf = Cookies(request)[UIAccess.csrfCookie]
            else {
                let csrf = UIAccess.randomToken()
                let page = LoginPage(csrfToken: csrf, next: next, error: "The form expired: try again.")
                return UIResponse.html(
                    page.render(), status: .forbidden, cookies: [Cookies.set(UIAccess.csrfCookie, csrf)])
            }
            guard let key = form.string("key"), try await access.readProject(secret: key) != nil else {
                let page = LoginPage(
                    csrfToken: csrf, next: next, error: "That is not a valid, unrevoked read key.")
                return UIResponse.html(page.render(), status: .unauthorized)
            }
            // A new CSRF token with the new sign-in, so a token seen before cannot be replayed.
            return UIResponse.redirect(
                to: SafeURL(path: next),
                cookies: [
                    Cookies.set(UIAccess.sessionCookie, key, maxAgeSeconds: UIAccess.sessionLifetimeSeconds),
                    Cookies.set(UIAccess.csrfCookie, UIAccess.randomToken()),
                ])
        } catch {
            return failure(error, request: request)
        }
    }

    private func logout(_ request: Request) async -> Response {
        do {
            let form = try await Self.readForm(request)
            guard UIAccess.validCSRF(form: form, request: request) else {
                return UIResponse.html(
                    MessagePage.render(title: "Form expired", message: "Reload the page and try again.", context: nil),
                    status: .forbidden)
            }
            return UIResponse.redirect(
                to: SafeURL(path: "/login"), cookies: [Cookies.clear(UIAccess.sessionCookie)])
        } catch {
            return failure(error, request: request)
        }
    }
}

// MARK: - Sessions and dashboard

extension UIRoutes {
    fileprivate func sessionList(context: UIPageContext) async throws -> Response {
        let page = try await services.store.traces(
            TraceQuery(project: context.project, limit: SessionListPage.traceWindow))
        return UIResponse.html(
            SessionListPage(rows: SessionListPage.rows(from: page.traces), context: context).render())
    }

    fileprivate func session(_ id: String, context: UIPageContext) async throws -> Response {
        let traces = try await services.store.session(id, project: context.project)
        guard !traces.isEmpty else { return notFound("No trace of session '\(id)' in this project.", context: context) }
        return UIResponse.html(SessionPage(sessionID: id, traces: traces, context: context).render())
    }

    fileprivate func dashboard(_ request: Request, context: UIPageContext) async throws -> Response {
        let key = QueryParameters(request.uri.query).string("range") ?? "24h"
        guard let range = DashboardPage.ranges.first(where: { $0.key == key }) else {
            return UIResponse.html(
                MessagePage.render(title: "Unknown range", message: "Choose 1h, 24h, 7d or 30d.", context: context),
                status: .badRequest)
        }
        let now = Timestamp(Date())
        let interval = Int64(range.interval) * 1_000_000_000
        // Bucket edges on whole intervals, so the charts' points line up with the store's rollups.
        let to = Timestamp(nanosecondsSinceEpoch: (now.nanosecondsSinceEpoch / interval + 1) * interval)
        let from = Timestamp(nanosecondsSinceEpoch: to.nanosecondsSinceEpoch - range.seconds * 1_000_000_000)
        func query(_ grouping: MetricsQuery.Grouping?) async throws -> [MetricsBucket] {
            try await services.store.metrics(
                MetricsQuery(
                    project: context.project, from: from, to: to, intervalSeconds: range.interval, groupBy: grouping))
        }
        let page = DashboardPage(
            range: range.key, from: from, to: to, byModel: try await query(.model), overall: try await query(nil),
            byName: try await query(.name), context: context)
        return UIResponse.html(page.render())
    }
}
