/// The HTML report's style sheet, inlined in the page so the file stands alone.
enum HTMLStyles {
    static let css = """
        :root { --ok: #1a7f37; --bad: #cf222e; --skip: #9a6700; --line: #d0d7de; --muted: #57606a; --bg: #f6f8fa; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1100px; padding: 24px; color: #1f2328; background: #fff;
          font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        h1 { font-size: 24px; margin: 0 0 4px; word-break: break-word; }
        h2 { font-size: 18px; margin: 28px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        h3 { font-size: 13px; margin: 14px 0 6px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
        code, pre { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        pre.body { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 8px;
          white-space: pre-wrap; word-break: break-all; max-height: 320px; overflow: auto; margin: 6px 0; }
        .verdict { font-size: 16px; margin: 8px 0 0; }
        .count { font-weight: 700; padding: 2px 10px; border-radius: 12px; color: #fff; background: var(--muted); }
        .count.good { background: var(--ok); }
        .count.bad { background: var(--bad); }
        .run-error { color: var(--bad); font-weight: 600; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
        .facts dt { color: var(--muted); }
        .facts dd { margin: 0; word-break: break-word; }
        table.stats { border-collapse: collapse; margin: 12px 0; min-width: 360px; }
        table.stats th, table.stats td { border: 1px solid var(--line); padding: 4px 12px; text-align: right; }
        table.stats th:first-child { text-align: left; }
        table.stats td.failed { color: var(--bad); font-weight: 700; }
        .tally { list-style: none; padding: 0; display: flex; gap: 16px; flex-wrap: wrap; }
        .tally .passed { color: var(--ok); } .tally .failed { color: var(--bad); } .tally .skipped { color: var(--skip); }
        .chart-box { margin: 0; overflow-x: auto; }
        .chart { max-width: 100%; height: auto; font-size: 12px; }
        .chart .bar { fill: #54aeff; } .chart .failed .bar { fill: var(--bad); }
        .chart .range { stroke: #1f2328; stroke-width: 1.5; }
        .chart .axis, .chart .value { fill: var(--muted); } .chart .label { fill: #1f2328; }
        figcaption { color: var(--muted); font-size: 12px; }
        .filters { display: flex; gap: 8px; margin: 8px 0 12px; }
        .filters button { font: inherit; padding: 4px 12px; border: 1px solid var(--line); border-radius: 6px;
          background: #fff; cursor: pointer; }
        .filters button[aria-pressed="true"] { background: #1f2328; color: #fff; border-color: #1f2328; }
        details.execution { border: 1px solid var(--line); border-left: 5px solid var(--ok); border-radius: 6px;
          margin: 8px 0; background: #fff; }
        details.execution.failed { border-left-color: var(--bad); }
        details.execution.skipped { border-left-color: var(--skip); }
        details.execution > summary { cursor: pointer; padding: 8px 12px; list-style-position: inside; }
        .execution-body { padding: 0 12px 12px; }
        .badge { display: inline-block; min-width: 58px; text-align: center; font-size: 11px; font-weight: 700;
          text-transform: uppercase; border-radius: 10px; padding: 1px 8px; color: #fff; background: var(--ok); }
        .badge.failed { background: var(--bad); } .badge.skipped { background: var(--skip); }
        .method { font-weight: 700; font-family: ui-monospace, Menlo, Consolas, monospace; }
        .name { font-weight: 600; word-break: break-word; }
        .meta, .note { color: var(--muted); }
        .url code { word-break: break-all; }
        .problem { color: var(--bad); font-weight: 600; }
        ul.assertions, ul.console { list-style: none; padding: 0; margin: 0; }
        .assertion .mark { display: inline-block; width: 1.2em; }
        .assertion.passed .mark { color: var(--ok); } .assertion.failed { color: var(--bad); }
        .assertion.skipped { color: var(--skip); }
        .assertion .error { margin-left: 1.2em; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
        ul.console li { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; white-space: pre-wrap; }
        ul.console .level { color: var(--muted); display: inline-block; min-width: 3.5em; }
        ul.console .warn { color: var(--skip); } ul.console .error { color: var(--bad); }
        .exchange { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
        @media (max-width: 800px) { .exchange { grid-template-columns: 1fr; } }
        .exchange section { min-width: 0; }
        table.headers { border-collapse: collapse; width: 100%; font-size: 12px; }
        table.headers th, table.headers td { text-align: left; vertical-align: top; padding: 1px 6px;
          border-bottom: 1px solid var(--bg); word-break: break-all; }
        table.headers th { white-space: nowrap; font-weight: 600; width: 1%; }
        iframe.visualization { display: block; width: 100%; height: 320px; border: 1px solid var(--line);
          border-radius: 6px; background: #fff; resize: vertical; overflow: auto; }
        """
}
