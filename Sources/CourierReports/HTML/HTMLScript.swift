/// The HTML report's small script, inlined in the page: it fills in the failure count from
/// the executions' `data-failures` attributes and makes the filter buttons work (`#failed` or
/// `#skipped` at the end of the address picks the first filter). The report reads fully
/// without it; only the count badge and filtering need it.
enum HTMLScript {
    static let javaScript = """
        (function () {
          'use strict';
          var executions = document.querySelectorAll('details.execution');
          var failed = 0;
          for (var i = 0; i < executions.length; i++) {
            failed += Number(executions[i].getAttribute('data-failures')) || 0;
          }
          var count = document.getElementById('failed-count');
          count.textContent = failed + ' failed';
          count.className = 'count ' + (failed > 0 ? 'bad' : 'good');
          var buttons = document.querySelectorAll('.filters button');
          var empty = document.getElementById('empty-filter');
          function matches(execution, filter) {
            if (filter === 'failed') { return Number(execution.getAttribute('data-failures')) > 0; }
            if (filter === 'skipped') { return Number(execution.getAttribute('data-skipped')) > 0; }
            return true;
          }
          function show(filter) {
            var shown = 0;
            for (var i = 0; i < executions.length; i++) {
              var visible = matches(executions[i], filter);
              executions[i].hidden = !visible;
              if (visible) { shown++; }
            }
            for (var j = 0; j < buttons.length; j++) {
              buttons[j].setAttribute('aria-pressed', String(buttons[j].getAttribute('data-filter') === filter));
            }
            empty.hidden = shown > 0;
            document.body.setAttribute('data-filter', filter);
          }
          for (var k = 0; k < buttons.length; k++) {
            buttons[k].addEventListener('click', function (event) {
              show(event.currentTarget.getAttribute('data-filter'));
            });
          }
          var initial = window.location.hash.slice(1);
          show(initial === 'failed' || initial === 'skipped' ? initial : 'all');
        })();
        """
}
