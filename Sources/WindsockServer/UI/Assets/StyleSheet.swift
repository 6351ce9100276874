/// The UI's style sheet, served at `/ui/assets/app.css` (embedded: a deployed binary needs no files).
enum StyleSheet {
    static let css = #"""
        :root { --bg: #f7f7f8; --panel: #fff; --ink: #1d1d22; --muted: #6b6b76; --line: #e3e3e8; --accent: #fa500f;
          --accent-soft: #fff1ea; --ok: #1f8a4c; --err: #c62828; --err-soft: #fdecea; --link: #0b5fcc;
          --mono: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif;
          color: var(--ink); background: var(--bg); }
        a { color: var(--link); text-decoration: none; }
        a:hover { text-decoration: underline; }
        header.top { display: flex; align-items: center; gap: 24px; padding: 10px 20px; background: #16161a;
          color: #fff; }
        header.top .brand { font-weight: 700; font-size: 16px; color: #fff; display: flex; gap: 8px;
          align-items: center; }
        header.top .brand svg { width: 22px; height: 22px; }
        header.top nav a { color: #d0d0d8; margin-right: 16px; }
        header.top nav a.current { color: #fff; border-bottom: 2px solid var(--accent); padding-bottom: 2px; }
        header.top .spacer { flex: 1; }
        header.top form { margin: 0; }
        header.top .project { color: #d0d0d8; font-size: 13px; }
        header.top .project strong { color: #fff; }
        main { padding: 16px 20px 40px; max-width: 1600px; margin: 0 auto; }
        h1 { font-size: 20px; margin: 4px 0 12px; }
        h2 { font-size: 15px; margin: 18px 0 8px; }
        .panel { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px;
          margin-bottom: 14px; }
        .muted { color: var(--muted); }
        .mono, code, pre { font-family: var(--mono); font-size: 12.5px; }
        pre { white-space: pre-wrap; word-break: break-word; background: #f3f3f6; padding: 8px 10px;
          border-radius: 6px; margin: 6px 0; max-height: 480px; overflow: auto; }
        table.grid { width: 100%; border-collapse: collapse; background: var(--panel); }
        table.grid th, table.grid td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line);
          vertical-align: top; }
        table.grid th { font-size: 12px; color: var(--muted); font-weight: 600; background: #fafafb;
          position: sticky; top: 0; }
        table.grid td.mono, table.grid .chip { white-space: nowrap; }
        table.grid td.clip { max-width: 200px; overflow-wrap: anywhere; }
        table.grid td.num, table.grid th.num { text-align: right; font-variant-numeric: tabular-nums; }
        table.grid tr:hover td { background: #fafaff; }
        .status { display: inline-block; padding: 1px 7px; border-radius: 10px; font-size: 12px; font-weight: 600; }
        .status.ok { background: #e7f6ee; color: var(--ok); }
        .status.error { background: var(--err-soft); color: var(--err); }
        .chip { display: inline-block; padding: 0 6px; margin: 1px 2px 1px 0; border-radius: 4px;
          background: #eef0f5; font-size: 12px; }
        .chip.tag { background: var(--accent-soft); color: #a63a06; }
        .chip.up { background: #e7f6ee; color: var(--ok); }
        .chip.down { background: var(--err-soft); color: var(--err); }
        .chip.yes { color: var(--ok); }
        .chip.no { color: var(--err); }
        form.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; }
        form.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 2px; }
        input, select, textarea, button { font: inherit; padding: 5px 8px; border: 1px solid #cfcfd8;
          border-radius: 6px; background: #fff; color: var(--ink); }
        input[type=text], input[type=search] { width: 150px; }
        button, .button { cursor: pointer; background: #fff; display: inline-block; }
        button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
        .toolbar { display: flex; gap: 10px; align-items: center; margin: 10px 0; }
        .toolbar .spacer { flex: 1; }
        .live { font-size: 12px; color: var(--muted); }
        .live .dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; background: var(--ok);
          margin-right: 4px; }
        .live.paused .dot { background: #aaa; }
        .pager { display: flex; gap: 12px; margin-top: 10px; }
        .empty { text-align: center; padding: 30px; }
        .empty pre { text-align: left; display: inline-block; min-width: 520px; }
        .totals { display: flex; flex-wrap: wrap; gap: 22px; }
        .totals div b { display: block; font-size: 17px; }
        .totals div span { font-size: 12px; color: var(--muted); }
        .trace-layout { display: grid; grid-template-columns: minmax(420px, 48%) 1fr; gap: 14px; align-items: start; }
        .spans { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
        .span-row { display: grid; grid-template-columns: minmax(0, 1fr) 42%; align-items: center;
          border-bottom: 1px solid #f0f0f3; min-height: 26px; }
        .span-row.selected { background: var(--accent-soft); }
        .span-row.error .span-name a { color: var(--err); }
        .span-row[hidden] { display: none; }
        .span-name { display: flex; align-items: center; gap: 4px; white-space: nowrap; overflow: hidden;
          text-overflow: ellipsis; padding: 2px 6px; }
        .span-name a { overflow: hidden; text-overflow: ellipsis; color: var(--ink); }
        .span-name .dur { color: var(--muted); font-size: 11.5px; margin-left: 4px; }
        .toggle { border: 0; padding: 0 3px; background: none; color: var(--muted); width: 18px; }
        .toggle-space { display: inline-block; width: 18px; }
        .kind { width: 16px; height: 16px; flex: none; }
        .kind-llm { color: #7b3fe4; } .kind-embedding { color: #0d8b8b; } .kind-tool { color: #c06a00; }
        .kind-retriever { color: #1565c0; } .kind-agent { color: #ad1457; } .kind-chain { color: #2e7d32; }
        .kind-span, .kind-event { color: #616161; }
        .bar { height: 16px; width: 100%; display: block; padding-right: 6px; }
        .bar rect.b-llm { fill: #9b6cf0; } .bar rect.b-embedding { fill: #28b0b0; } .bar rect.b-tool { fill: #e89a2c; }
        .bar rect.b-retriever { fill: #4a8fe0; } .bar rect.b-agent { fill: #d45a8c; } .bar rect.b-chain { fill: #5bb05f; }
        .bar rect.b-span, .bar rect.b-event { fill: #9e9e9e; } .bar rect.b-error { fill: var(--err); }
        .bar line.ttft { stroke: #111; stroke-width: 2; }
        .ruler { display: grid; grid-template-columns: minmax(0, 1fr) 42%; font-size: 11px; color: var(--muted);
          border-bottom: 1px solid var(--line); background: #fafafb; padding: 3px 0; }
        .ruler .ticks { display: flex; justify-content: space-between; padding-right: 6px; }
        .depth-pad { display: inline-block; flex: none; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 14px; margin: 6px 0; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; word-break: break-word; }
        .message { border-left: 3px solid #ccc; padding: 4px 10px; margin: 8px 0; background: #fcfcfd; }
        .message .role { font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; font-weight: 700;
          color: var(--muted); }
        .message.system { border-color: #9e9e9e; } .message.user { border-color: #1565c0; }
        .message.assistant { border-color: var(--accent); } .message.tool { border-color: #c06a00; }
        .message p { margin: 4px 0; }
        .md-h { font-weight: 700; margin: 6px 0 2px; } .md-h1 { font-size: 17px; } .md-h2 { font-size: 15.5px; }
        blockquote { margin: 4px 0; padding-left: 10px; border-left: 3px solid var(--line); color: #444; }
        .dropped-link { text-decoration: underline dotted; }
        .tool-call { border: 1px dashed #e0b070; border-radius: 6px; padding: 4px 8px; margin: 4px 0; }
        .error-box { background: var(--err-soft); border: 1px solid #f3b8b3; border-radius: 6px; padding: 8px 10px;
          color: #8e1b1b; margin: 6px 0; }
        .copy { font-size: 11px; padding: 0 5px; margin-left: 4px; }
        .truncated { color: var(--muted); font-size: 12px; }
        .feedback form { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
        .feedback textarea { flex: 1; min-width: 240px; min-height: 34px; height: 34px; resize: vertical; }
        .turn { display: grid; grid-template-columns: 110px 1fr; gap: 10px; padding: 8px 0;
          border-bottom: 1px solid var(--line); }
        .turn .who { font-weight: 700; font-size: 12px; text-transform: uppercase; color: var(--muted); }
        .turn.user .who { color: #1565c0; } .turn.assistant .who { color: var(--accent); }
        .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 14px; }
        svg.chart { width: 100%; height: auto; background: #fff; }
        svg.chart .axis { stroke: #bbb; stroke-width: 1; }
        svg.chart .grid { stroke: #eee; stroke-width: 1; }
        svg.chart text { font-size: 11px; fill: #666; }
        svg.chart polyline { fill: none; stroke-width: 2; }
        svg.chart circle { stroke: #fff; stroke-width: 1; }
        .legend { display: flex; flex-wrap: wrap; gap: 12px; font-size: 12px; margin-top: 4px; }
        .legend .sw { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
        .c0 { stroke: #fa500f; fill: #fa500f; background: #fa500f; } .c1 { stroke: #1565c0; fill: #1565c0; background: #1565c0; }
        .c2 { stroke: #2e7d32; fill: #2e7d32; background: #2e7d32; } .c3 { stroke: #7b3fe4; fill: #7b3fe4; background: #7b3fe4; }
        .c4 { stroke: #c06a00; fill: #c06a00; background: #c06a00; } .c5 { stroke: #ad1457; fill: #ad1457; background: #ad1457; }
        .c6 { stroke: #0d8b8b; fill: #0d8b8b; background: #0d8b8b; } .c7 { stroke: #616161; fill: #616161; background: #616161; }
        .login { max-width: 420px; margin: 60px auto; }
        .login input { width: 100%; margin: 8px 0; }
        .notice { background: #eef6ff; border: 1px solid #bcd7f5; padding: 8px 10px; border-radius: 6px; margin-bottom: 10px; }
        """#
}
