import { Kind, type TaintRule } from './types';

const CODE = 'code evaluation';

export const toolInputToEval: TaintRule = {
  meta: {
    id: 'tool-input-to-eval',
    title: 'Tool input is evaluated as code',
    severity: 'error',
    cwe: [94],
    languages: ['ts', 'py'],
    docs: 'docs/rules/tool-input-to-eval.md',
  },
  kind: Kind.Eval,
  sinks: {
    ts: [
      { callees: ['eval', 'Function', 'globalThis.eval', 'window.eval'], args: 'all', what: CODE },
      { callees: ['vm.runInNewContext', 'vm.runInThisContext', 'vm.runInContext', 'vm.compileFunction', 'vm.Script', 'vm.SourceTextModule', 'vm2.VM.run', 'vm2.NodeVM.run'], what: CODE },
      { callees: ['setTimeout', 'setInterval'], what: 'a timer given a code string' },
      { callees: ['require', 'import'], what: 'dynamic module loading' },
      { callees: ['*.run'], receiver: /^(vm|sandbox|nodevm)$/i, what: CODE },
      // lodash / underscore compile a template into a function: `<%= process.mainModule… %>` runs on the server.
      { callees: ['lodash.template', 'underscore.template', 'lodash.template.template', 'lodash/template'], args: [0], what: 'a template compiled to JavaScript (lodash/underscore `template` runs the code in `<% %>`)' },
      // EJS / Pug / doT compile the template text into a JavaScript function (`<% … %>`, `- code`, `{{ … }}` run on the server);
      // nunjucks templates reach the Function constructor through `constructor.constructor`.
      { callees: ['ejs.render', 'ejs.compile', 'pug.render', 'pug.compile', 'jade.render', 'jade.compile', 'dot.template', 'dot.compile', 'nunjucks.renderString', 'nunjucks.compile'], args: [0], what: 'a template compiled to JavaScript (template code runs on the server)' },
      // Puppeteer/Playwright: a string is run as JavaScript in the page (with its cookies and session).
      { callees: ['*.evaluate', '*.evaluateHandle', '*.addScriptTag'], receiver: /page|^p$|frame|tab/i, args: [0], keys: ['content'], what: 'JavaScript run in a browser page' },
    ],
    py: [
      { callees: ['eval', 'exec', 'compile', 'builtins.eval', 'builtins.exec'], what: CODE },
      { callees: ['__import__', 'importlib.import_module'], what: 'dynamic module loading' },
      { callees: ['sympy.sympify', 'sympy.parse_expr', 'sympy.parsing.sympy_parser.parse_expr', 'pandas.eval', 'numexpr.evaluate', 'pd.eval'], what: 'an expression evaluator built on eval' },
      { callees: ['*.query', '*.eval'], receiver: /^(df|dataframe|frame|data)$/i, what: 'a pandas expression (evaluated with eval)' },
      { callees: ['jinja2.Template', 'jinja2.Environment.from_string', 'jinja2.environment.Template', 'mako.template.Template'], what: 'a template compiled from the input (server-side template injection runs code)' },
      { callees: ['*.from_string'], receiver: /(^|[._])(env|jinja_env|environment|jinja)$/i, what: 'a template compiled from the input (server-side template injection runs code)' },
    ],
  },
};
