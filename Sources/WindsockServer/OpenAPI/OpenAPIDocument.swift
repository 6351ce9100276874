import OrderedJSON

/// The OpenAPI 3.1 document of the server's API, served at `/api/v1/openapi.json`.
///
/// A test keeps it true: every registered route is described here, and real answers of every route
/// validate against the schemas.
public enum OpenAPIDocument {
    /// The document.
    public static let json: JSONValue = .object(
        JSONObject([
            ("openapi", "3.1.0"),
            (
                "info",
                [
                    "title": "Windsock API", "version": "1.0.0",
                    "description":
                        "OTLP/HTTP trace ingest and the REST API v1 of the Windsock server. With API keys configured, every route but /healthz needs `Authorization: Bearer <key>`.",
                ]
            ),
            (
                "components",
                [
                    "schemas": .object(OpenAPISchemas.all),
                    "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
                ]
            ),
            ("security", [["bearer": []]]),
            ("paths", .object(paths)),
        ]))

    private typealias S = OpenAPISchemas

    private static var paths: JSONObject {
        JSONObject([
            ("/v1/traces", ["post": otlpExport]),
            (
                "/api/v1/traces",
                [
                    "get": operation(
                        "listTraces", "Trace summaries, newest first, filtered and paginated.",
                        parameters: listParameters, success: S.ref("TraceList"))
                ]
            ),
            (
                "/api/v1/traces/{trace_id}",
                [
                    "get": operation(
                        "getTrace", "One trace with its spans (parents before children) and scores.",
                        parameters: [pathParameter("trace_id", S.traceID)], success: S.ref("TraceDetail"),
                        notFound: true)
                ]
            ),
            (
                "/api/v1/sessions/{session_id}",
                [
                    "get": operation(
                        "getSession", "The traces of one session, oldest first.",
                        parameters: [pathParameter("session_id", ["type": "string", "minLength": 1])],
                        success: S.ref("Session"), notFound: true)
                ]
            ),
            (
                "/api/v1/metrics",
                [
                    "get": operation(
                        "getMetrics",
                        "Time-bucketed counts, errors, latency percentiles, tokens and cost of model calls.",
                        parameters: metricsParameters, success: S.ref("Metrics"))
                ]
            ),
            (
                "/api/v1/scores",
                [
                    "post": operation(
                        "createScore", "Adds feedback or an evaluation to a trace or one of its spans.",
                        parameters: [], success: S.ref("Score"), successStatus: "201",
                        requestBody: [
                            "required": true,
                            "content": ["application/json": ["schema": S.ref("ScoreCreate")]],
                        ]),
                    "get": operation(
                        "listScores", "The scores of a trace and its spans, oldest first.",
                        parameters: [
                            queryParameter("trace_id", S.traceID, "The trace.", required: true)
                        ], success: S.ref("ScoreList")),
                ]
            ),
            (
                "/healthz",
                [
                    "get": operation(
                        "health", "Liveness.", parameters: [], success: S.ref("Health"), secured: false)
                ]
            ),
            (
                "/metrics",
                [
                    "get": [
                        "operationId": "prometheusMetrics",
                        "summary": "Prometheus metrics in the text exposition format.",
                        "responses": [
                            "200": [
                                "description": "The metrics.",
                                "content": ["text/plain": ["schema": ["type": "string"]]],
                            ],
                            "401": errorResponse("Missing, invalid or revoked API key."),
                            "403": errorResponse("The key's scope does not allow this route."),
                        ],
                    ]
                ]
            ),
            (
                "/api/v1/openapi.json",
                [
                    "get": operation(
                        "openAPIDocument", "This document.", parameters: [], success: ["type": "object"])
                ]
            ),
        ])
    }

    private static var listParameters: [JSONValue] {
        [
            queryParameter("from", S.time, "Traces that started at or after this time (RFC 3339)."),
            queryParameter("to", S.time, "Traces that started before this time (RFC 3339)."),
            queryParameter("model", S.type("string"), "Traces with a model call to this model."),
            queryParameter("status", S.enumeration(["ok", "error"]), "Traces with this status."),
            queryParameter("user_id", S.type("string"), "Traces of this end user."),
            queryParameter("session_id", S.type("string"), "Traces of this session."),
            queryParameter("tag", S.type("string"), "Traces with this tag."),
            queryParameter("name", S.type("string"), "Traces with this name."),
            queryParameter("q", S.type("string"), "Text in the inputs or outputs (case-insensitive)."),
            queryParameter(
                "limit", ["type": "integer", "minimum": 1, "maximum": 1000, "default": 50], "Page size."),
            queryParameter("cursor", S.type("string"), "The next_cursor of the previous page."),
        ]
    }

    private static var metricsParameters: [JSONValue] {
        [
            queryParameter("from", S.time, "Start of the range (default: 24 hours before `to`)."),
            queryParameter("to", S.time, "End of the range, exclusive (default: now)."),
            queryParameter(
                "interval", ["type": "string", "pattern": "^[0-9]+[smhd]?$", "default": "1h"],
                "Bucket width: 1m, 5m, 1h, 1d or seconds; at least one minute."),
            queryParameter(
                "group_by", S.enumeration(["model", "name", "user_id"]), "Split each bucket by this dimension."),
        ]
    }

    private static var otlpExport: JSONValue {
        let status: JSONValue = [
            "application/x-protobuf": ["schema": ["type": "string", "format": "binary"]],
            "application/json": ["schema": S.ref("OTLPStatus")],
        ]
        func failure(_ description: String) -> JSONValue {
            ["description": .string(description), "content": status]
        }
        return [
            "operationId": "exportTraces",
            "summary": "OTLP/HTTP trace export (protobuf or JSON, optionally gzip), answered as OTLP/HTTP specifies.",
            "parameters": [
                [
                    "name": "Content-Encoding", "in": "header", "required": false,
                    "description": "gzip, x-gzip, deflate or identity (any case); empty means identity.",
                    "schema": ["type": "string", "enum": ["gzip", "x-gzip", "deflate", "identity", ""]],
                ]
            ],
            "requestBody": [
                "required": true,
                "content": [
                    "application/x-protobuf": ["schema": ["type": "string", "format": "binary"]],
                    "application/json": ["schema": ["type": "object"]],
                ],
            ],
            "responses": [
                "200": [
                    "description": "ExportTraceServiceResponse, with partialSuccess when spans were rejected.",
                    "content": [
                        "application/x-protobuf": ["schema": ["type": "string", "format": "binary"]],
                        "application/json": [
                            "schema": [
                                "type": "object",
                                "properties": [
                                    "partialSuccess": [
                                        "type": "object",
                                        "properties": [
                                            "rejectedSpans": ["type": ["string", "integer"]],
                                            "errorMessage": ["type": "string"],
                                        ],
                                    ]
                                ],
                            ]
                        ],
                    ],
                ],
                "400": failure("Malformed body."),
                "401": failure("Missing, invalid or revoked API key."),
                "403": failure("The key is not an ingest key."),
                "413": failure("Body too large, as sent or once inflated."),
                "415": failure("Unsupported Content-Type or Content-Encoding."),
                "503": failure("The store's write queue is full or the store failed; retry after Retry-After."),
            ],
        ]
    }

    private static func operation(
        _ id: String, _ summary: String, parameters: [JSONValue], success: JSONValue, successStatus: String = "200",
        requestBody: JSONValue? = nil, notFound: Bool = false, secured: Bool = true
    ) -> JSONValue {
        var responses = JSONObject()
        responses[successStatus] = [
            "description": "Success.", "content": ["application/json": ["schema": success]],
        ]
        if !parameters.isEmpty || requestBody != nil {
            responses["400"] = errorResponse("A parameter or the body is invalid; the message names it.")
        }
        if secured {
            responses["401"] = errorResponse("Missing, invalid or revoked API key.")
            responses["403"] = errorResponse("The key's scope does not allow this route.")
        }
        if notFound {
            responses["404"] = errorResponse("Not found in the key's project.")
        }
        if requestBody != nil {
            responses["413"] = errorResponse("Body too large.")
        }
        responses["500"] = errorResponse("The store failed.")
        var object = JSONObject([
            ("operationId", .string(id)), ("summary", .string(summary)), ("parameters", .array(parameters)),
        ])
        if let requestBody { object["requestBody"] = requestBody }
        object["responses"] = .object(responses)
        if !secured { object["security"] = [] }
        return .object(object)
    }

    private static func errorResponse(_ description: String) -> JSONValue {
        [
            "description": .string(description),
            "content": ["application/json": ["schema": S.ref("Error")]],
        ]
    }

    private static func queryParameter(
        _ name: String, _ schema: JSONValue, _ description: String, required: Bool = false
    ) -> JSONValue {
        // An optional parameter may also be sent empty (as an HTML form sends an unfilled field): it is absent.
        let schema: JSONValue = required ? schema : ["anyOf": [schema, ["type": "string", "maxLength": 0]]]
        return [
            "name": .string(name), "in": "query", "required": .bool(required), "schema": schema,
            "description": .string(description), "allowEmptyValue": .bool(!required),
        ]
    }

    private static func pathParameter(_ name: String, _ schema: JSONValue) -> JSONValue {
        ["name": .string(name), "in": "path", "required": true, "schema": schema]
    }
}
