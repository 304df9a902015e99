import { PANDAS_READERS } from './tool-input-to-path';
import { Kind, type TaintRule } from './types';

const U = 'an outbound request URL';
const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'stream'];
// Python clients: `request` and httpx's `stream` take (method, url), so they are listed apart.
const PY_VERBS = VERBS.filter((v) => v !== 'request' && v !== 'stream');

export const toolInputToUrl: TaintRule = {
  meta: {
    id: 'tool-input-to-url',
    title: 'Tool input chooses the host of an outbound request (SSRF)',
    severity: 'error',
    cwe: [918],
    languages: ['ts', 'py'],
    docs: 'docs/rules/tool-input-to-url.md',
  },
  kind: Kind.Url,
  sinks: {
    ts: [
      { callees: ['fetch', 'globalThis.fetch', 'node-fetch', 'undici.fetch', 'undici.request', 'cross-fetch', 'isomorphic-fetch'], args: [0], keys: ['url'], what: U },
      { callees: ['axios', 'got', 'ky', 'superagent', 'needle', 'request', 'phin'], args: [0], keys: ['url', 'baseURL', 'prefixUrl', 'uri'], what: U },
      { callees: ['axios', 'got', 'ky', 'superagent', 'needle', 'request'].flatMap((m) => VERBS.map((v) => `${m}.${v}`)), args: [0], keys: ['url', 'baseURL'], what: U },
      { callees: ['http.get', 'http.request', 'https.get', 'https.request'], args: [0], keys: ['host', 'hostname'], what: U },
      { callees: VERBS.map((v) => `*.${v}`), receiver: /^(axios|http|https|httpClient|api|instance)$|axios/i, args: [0], keys: ['url'], what: U },
      { callees: ['axios.create', 'got.extend', 'ky.create', 'ky.extend'], args: [], keys: ['baseURL', 'prefixUrl'], what: U },
      // Puppeteer / Playwright pages: whatever the variable holding the page is called.
      { callees: ['*.goto'], args: [0], what: 'a browser navigation' },
      { callees: ['WebSocket', 'ws', 'ws.WebSocket'], isNew: true, args: [0], what: 'a WebSocket connection' },
      // Feed readers fetch the URL they are given (rss-parser `new Parser().parseURL(u)`).
      { callees: ['*.parseURL'], receiver: /^rss-parser$/, args: [0], what: 'a feed fetched from the URL' },
    ],
    py: [
      // `request(method, url)` and httpx's `stream(method, url)` take the URL second; the verbs take it first.
      { callees: ['requests', 'httpx', 'aiohttp', 'urllib.request', 'urllib3'].flatMap((m) => [...PY_VERBS, 'urlopen'].map((v) => `${m}.${v}`)), args: [0], keys: ['url'], what: U },
      { callees: ['requests.request', 'httpx.request', 'httpx.stream', 'urllib3.request', 'aiohttp.request'], args: [1], keys: ['url'], what: U },
      { callees: ['urllib.request.urlopen', 'urllib.request.Request', 'urllib.request.urlretrieve', 'urllib.urlopen', 'urllib2.urlopen'], args: [0], keys: ['url'], what: U },
      { callees: ['httpx.Client', 'httpx.AsyncClient', 'requests.Session'], args: [], keys: ['base_url'], what: U },
      { callees: ['websockets.connect', 'websocket.create_connection'], args: [0], keys: ['uri'], what: 'a WebSocket connection' },
      { callees: ['socket.create_connection', 'smtplib.SMTP', 'smtplib.SMTP_SSL', 'ftplib.FTP', 'telnetlib.Telnet', 'asyncio.open_connection'], args: [0], keys: ['host', 'address'], what: 'an outbound connection' },
      { callees: ['git.Repo.clone_from'], args: [0], keys: ['url'], what: 'a repository URL to clone' },
      // feedparser fetches a URL it is given (it also reads local files and raw XML).
      { callees: ['feedparser.parse'], args: [0], keys: ['url_file_stream_or_string'], what: 'a feed fetched from the URL' },
      // pandas readers fetch http(s)/ftp/s3 URLs (and open local paths: only values used as URLs are reported here).
      { callees: PANDAS_READERS.flatMap((r) => [`pd.${r}`, `pandas.${r}`]), args: [0], keys: ['filepath_or_buffer', 'path', 'io', 'path_or_buf'], pathOrUrl: 'url', what: 'a file fetched from the URL' },
      // Methods on clients made by httpx.Client()/AsyncClient()/requests.Session()/aiohttp.ClientSession():
      // the evaluator reports these on values it knows are HTTP clients.
      { callees: PY_VERBS.map((v) => `httpclient.${v}`), args: [0], keys: ['url'], what: U },
      { callees: ['httpclient.request', 'httpclient.stream', 'httpclient.build_request'], args: [1], keys: ['url'], what: U },
      { callees: ['*.goto'], receiver: /^page$/i, args: [0], what: 'a browser navigation' },
    ],
  },
};
