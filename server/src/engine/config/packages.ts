// Package runners in a server's command line (`npx`, `pnpm dlx`, `yarn dlx`, `bunx`, `npm exec`,
// `uvx`, `uv tool run`, `pipx run`, `docker run`) and whether the package or image they fetch is
// pinned to one version.
import { programName, type Word } from './commandline';

export type Ecosystem = 'npm' | 'pypi' | 'container';

export interface PackageUse {
  /** How it is run, for messages: `npx`, `uvx`, `pipx run`. */
  runner: string;
  ecosystem: Ecosystem;
  /** The word holding the package spec (for `--package=x` the whole word). */
  word: Word;
  /** The package spec itself. */
  spec: string;
}

export type SpecStatus =
  | { kind: 'pinned' }
  | { kind: 'local' }
  | { kind: 'unpinned'; name: string; why: string; pinned: string };

/** npm-style runners: options that take a value; `-p`/`--package` name the packages. */
const NPM_VALUE_OPTIONS = new Set(['-p', '--package', '--registry', '--cache', '--userconfig', '--prefix', '--node-options', '-c', '--call', '-w', '--workspace', '--loglevel', '--reporter', '--dir', '-C']);
/** uvx / uv tool run options that take a value. */
const UV_VALUE_OPTIONS = new Set([
  '--from', '--with', '--with-editable', '--with-requirements', '--python', '-p', '--index', '--index-url', '-i', '--extra-index-url',
  '--default-index', '--find-links', '-f', '--index-strategy', '--keyring-provider', '--resolution', '--prerelease', '--exclude-newer',
  '--directory', '--project', '--config-file', '--cache-dir', '--constraints', '-c', '--overrides', '--build-constraints', '-b',
  '--refresh-package', '--reinstall-package', '--upgrade-package', '--no-build-package', '--no-binary-package', '--config-setting', '-C',
  '--link-mode', '--color', '--env-file', '--allow-insecure-host', '--python-platform', '--torch-backend', '--build-constraint',
]);
/** pipx run options that take a value. */
const PIPX_VALUE_OPTIONS = new Set(['--spec', '--python', '--index-url', '-i', '--pip-args', '--backend', '--fetch-python']);

/** The packages a command line fetches and runs, if it starts with a package runner. */
export function packageUses(words: Word[]): PackageUse[] {
  if (words.length === 0) return [];
  const prog = programName(words[0].value);
  const sub = words[1]?.value;
  if (prog === 'npx' || prog === 'bunx') return npmStyle(prog, words.slice(1));
  if (prog === 'npm' && (sub === 'exec' || sub === 'x')) return npmStyle(`npm ${sub}`, words.slice(2));
  if ((prog === 'pnpm' || prog === 'yarn') && sub === 'dlx') return npmStyle(`${prog} dlx`, words.slice(2));
  if (prog === 'bun' && sub === 'x') return npmStyle('bun x', words.slice(2));
  if (prog === 'uvx') return uvStyle('uvx', words.slice(1));
  if (prog === 'uv' && sub === 'tool' && words[2]?.value === 'run') return uvStyle('uv tool run', words.slice(3));
  if (prog === 'pipx' && sub === 'run') return pipxStyle(words.slice(2));
  if (CONTAINER_TOOLS.has(prog)) {
    if (sub === 'run') return containerStyle(prog, words.slice(2));
    if (sub === 'container' && words[2]?.value === 'run') return containerStyle(prog, words.slice(3));
  }
  return [];
}

function npmStyle(runner: string, rest: Word[]): PackageUse[] {
  const out: PackageUse[] = [];
  const use = (word: Word, spec: string) => out.push({ runner, ecosystem: 'npm', word, spec });
  for (let i = 0; i < rest.length; i++) {
    const v = rest[i].value;
    if (v === '--') {
      if (out.length === 0 && rest[i + 1]) use(rest[i + 1], rest[i + 1].value);
      break;
    }
    if (v.startsWith('-')) {
      const eq = v.indexOf('=');
      const name = eq === -1 ? v : v.slice(0, eq);
      if (name === '--package' || name === '-p') {
        if (eq !== -1) use(rest[i], v.slice(eq + 1));
        else if (rest[i + 1]) use(rest[i + 1], rest[++i].value);
        continue;
      }
      if (eq === -1 && NPM_VALUE_OPTIONS.has(name)) i++;
      continue;
    }
    // The first positional: the package, unless --package named them (then it is a bin name).
    if (out.length === 0) use(rest[i], v);
    break;
  }
  return out;
}

function uvStyle(runner: string, rest: Word[]): PackageUse[] {
  const out: PackageUse[] = [];
  let from = false;
  for (let i = 0; i < rest.length; i++) {
    const v = rest[i].value;
    if (v.startsWith('-')) {
      const eq = v.indexOf('=');
      const name = eq === -1 ? v : v.slice(0, eq);
      const valueWord = eq !== -1 ? rest[i] : rest[i + 1];
      const value = eq !== -1 ? v.slice(eq + 1) : rest[i + 1]?.value;
      if ((name === '--from' || name === '--with') && valueWord && value !== undefined) {
        if (name === '--from') from = true;
        for (const spec of value.split(',')) if (spec.trim()) out.push({ runner, ecosystem: 'pypi', word: valueWord, spec: spec.trim() });
      }
      if (eq === -1 && UV_VALUE_OPTIONS.has(name)) i++;
      continue;
    }
    // The first positional is the command; it names the package unless --from did.
    if (!from) out.push({ runner, ecosystem: 'pypi', word: rest[i], spec: v });
    break;
  }
  return out;
}

function pipxStyle(rest: Word[]): PackageUse[] {
  for (let i = 0; i < rest.length; i++) {
    const v = rest[i].value;
    if (v.startsWith('-')) {
      const eq = v.indexOf('=');
      const name = eq === -1 ? v : v.slice(0, eq);
      if (name === '--spec') {
        if (eq !== -1) return [{ runner: 'pipx run', ecosystem: 'pypi', word: rest[i], spec: v.slice(eq + 1) }];
        return rest[i + 1] ? [{ runner: 'pipx run', ecosystem: 'pypi', word: rest[i + 1], spec: rest[i + 1].value }] : [];
      }
      if (eq === -1 && PIPX_VALUE_OPTIONS.has(name)) i++;
      continue;
    }
    return [{ runner: 'pipx run', ecosystem: 'pypi', word: rest[i], spec: v }];
  }
  return [];
}

const EXACT_SEMVER = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9._~-][a-z0-9._~-]*$/i;
const COMMIT = /^[0-9a-f]{7,40}$/i;

/** Local paths, variables and archives: nothing is fetched by name. */
function isLocal(spec: string): boolean {
  return (
    /^(?:\.{1,2}(?:[\\/]|$)|[\\/~]|[A-Za-z]:[\\/]|file:|link:)/.test(spec) ||
    spec.includes('${') ||
    /\.(?:tgz|tar\.gz|whl|zip)$/i.test(spec) ||
    /\.(?:[cm]?[jt]s|py)$/i.test(spec)
  );
}

export function npmSpecStatus(spec: string): SpecStatus {
  if (isLocal(spec)) return { kind: 'local' };
  // Git and GitHub specs: pinned only by a commit.
  if (/^(?:git\+|git:|github:|gitlab:|bitbucket:|gist:|https?:\/\/)/i.test(spec) || /^[^@/][^/]*\/[^/]+$/.test(spec)) {
    const hash = spec.lastIndexOf('#');
    if (hash !== -1 && COMMIT.test(spec.slice(hash + 1))) return { kind: 'pinned' };
    return { kind: 'unpinned', name: spec.split('#')[0], why: 'from a git reference without a commit', pinned: `${spec.split('#')[0]}#<commit>` };
  }
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  const name = at === -1 ? spec : spec.slice(0, at);
  let version = at === -1 ? '' : spec.slice(at + 1);
  if (!NPM_NAME.test(name)) return { kind: 'local' };
  if (version.startsWith('npm:')) return npmSpecStatus(version.slice(4));
  if (version === '') return { kind: 'unpinned', name, why: 'without a version', pinned: `${name}@<version>` };
  if (EXACT_SEMVER.test(version)) return { kind: 'pinned' };
  if (/^[A-Za-z][\w.-]*$/.test(version)) return { kind: 'unpinned', name, why: `with the tag \`@${version}\`, which moves with every release`, pinned: `${name}@<version>` };
  version = version.trim();
  return { kind: 'unpinned', name, why: `with the version range \`@${version}\``, pinned: `${name}@<version>` };
}

const PY_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?(?:\[[A-Za-z0-9._,\s-]*\])?$/;
const PY_RELEASE = /^\d+(?:\.\d+)*/;
/** Sticky: one pre-, post- or dev-release part (`rc1`, `.post2`, `-dev`). */
const PY_SUFFIX_PART = /[._-]?([A-Za-z]+)(?:[._-]?\d+)?/y;
const PY_SUFFIX_WORDS = new Set(['a', 'b', 'rc', 'alpha', 'beta', 'c', 'pre', 'preview', 'post', 'rev', 'r', 'dev']);

/** An exact PEP 440 version (`1.2.3`, `2.0rc1`, `1.0.post1+local`), read part by part. */
function isPyExact(version: string): boolean {
  const plus = version.indexOf('+');
  const main = plus === -1 ? version : version.slice(0, plus);
  if (plus !== -1 && !/^[a-z0-9.]+$/i.test(version.slice(plus + 1))) return false;
  const release = PY_RELEASE.exec(main);
  if (!release) return false;
  let at = release[0].length;
  while (at < main.length) {
    PY_SUFFIX_PART.lastIndex = at;
    const part = PY_SUFFIX_PART.exec(main);
    if (!part || !PY_SUFFIX_WORDS.has(part[1].toLowerCase())) return false;
    at = PY_SUFFIX_PART.lastIndex;
  }
  return true;
}

export function pySpecStatus(spec: string): SpecStatus {
  if (isLocal(spec)) return { kind: 'local' };
  if (/^(?:git\+|hg\+|svn\+|bzr\+|https?:\/\/)/i.test(spec) || /\s@\s/.test(spec)) {
    const m = /@([0-9a-f]{7,40})(?:#.*)?$/i.exec(spec);
    if (m) return { kind: 'pinned' };
    const base = spec.split('#')[0];
    return { kind: 'unpinned', name: base, why: 'from a git or URL reference without a commit', pinned: `${base.replace(/@[^/@]*$/, '')}@<commit>` };
  }
  const trimmed = spec.trim();
  const m = /^[^=<>!~@;\s]+/.exec(trimmed);
  if (!m || /[\n\r\u2028\u2029]/.test(trimmed)) return { kind: 'local' };
  const name = m[0];
  const rest = trimmed.slice(name.length).split(';')[0].trim();
  if (!PY_NAME.test(name)) return { kind: 'local' };
  const bare = name.split('[')[0];
  if (rest === '') return { kind: 'unpinned', name: bare, why: 'without a version', pinned: `${name}==<version>` };
  const exact = /^(?:===?|@)\s*(\S+)$/.exec(rest);
  if (exact && isPyExact(exact[1])) return { kind: 'pinned' };
  if (exact && /^[A-Za-z]/.test(exact[1])) return { kind: 'unpinned', name: bare, why: `with \`${rest}\`, which moves with every release`, pinned: `${name}==<version>` };
  return { kind: 'unpinned', name: bare, why: `with the version range \`${rest}\``, pinned: `${name}==<version>` };
}

export function specStatus(use: PackageUse): SpecStatus {
  if (use.ecosystem === 'container') return imageStatus(use.spec);
  return use.ecosystem === 'npm' ? npmSpecStatus(use.spec) : pySpecStatus(use.spec);
}

const CONTAINER_TOOLS = new Set(['docker', 'podman', 'nerdctl']);
/** `docker run` options that take a value (long and short forms). */
const RUN_VALUE_OPTIONS = new Set([
  '-a', '-c', '-e', '-h', '-l', '-m', '-p', '-u', '-v', '-w',
  '--add-host', '--annotation', '--attach', '--blkio-weight', '--blkio-weight-device', '--cap-add', '--cap-drop', '--cgroup-parent', '--cgroupns',
  '--cidfile', '--cpu-period', '--cpu-quota', '--cpu-rt-period', '--cpu-rt-runtime', '--cpu-shares', '--cpus', '--cpuset-cpus', '--cpuset-mems',
  '--detach-keys', '--device', '--device-cgroup-rule', '--device-read-bps', '--device-read-iops', '--device-write-bps', '--device-write-iops',
  '--dns', '--dns-option', '--dns-search', '--domainname', '--entrypoint', '--env', '--env-file', '--expose', '--gpus', '--group-add',
  '--health-cmd', '--health-interval', '--health-retries', '--health-start-period', '--health-timeout', '--hostname', '--ip', '--ip6', '--ipc',
  '--isolation', '--kernel-memory', '--label', '--label-file', '--link', '--link-local-ip', '--log-driver', '--log-opt', '--mac-address',
  '--memory', '--memory-reservation', '--memory-swap', '--memory-swappiness', '--mount', '--name', '--network', '--net', '--network-alias',
  '--oom-score-adj', '--pid', '--pids-limit', '--platform', '--publish', '--pull', '--restart', '--runtime', '--security-opt', '--shm-size',
  '--stop-signal', '--stop-timeout', '--storage-opt', '--sysctl', '--tmpfs', '--ulimit', '--user', '--userns', '--uts', '--volume',
  '--volume-driver', '--volumes-from', '--workdir', '--secret', '--arch', '--os', '--variant',
]);
/** Boolean `docker run` options; anything else without `=` is unknown, and the command line is left alone. */
const RUN_FLAG_OPTIONS = new Set(['--rm', '--interactive', '--tty', '--detach', '--init', '--privileged', '--read-only', '--publish-all', '--no-healthcheck', '--oom-kill-disable', '--sig-proxy', '--quiet', '--disable-content-trust', '--use-api-socket']);
const SHORT_FLAGS = /^-[itdPq]+$/;

function containerStyle(prog: string, rest: Word[]): PackageUse[] {
  for (let i = 0; i < rest.length; i++) {
    const v = rest[i].value;
    if (v === '--') return rest[i + 1] ? [{ runner: `${prog} run`, ecosystem: 'container', word: rest[i + 1], spec: rest[i + 1].value }] : [];
    if (!v.startsWith('-')) return [{ runner: `${prog} run`, ecosystem: 'container', word: rest[i], spec: v }];
    if (v.includes('=') && v.startsWith('--')) continue;
    if (RUN_VALUE_OPTIONS.has(v)) {
      i++;
      continue;
    }
    if (RUN_FLAG_OPTIONS.has(v) || SHORT_FLAGS.test(v)) continue;
    // `-e=X` / `-eFOO=1` short forms with their value attached.
    if (/^-[acehlmpuvw]./.test(v)) continue;
    return []; // an option we do not know: better no finding than a wrong one
  }
  return [];
}

/** A container image: pinned by a digest or a version tag; no tag means `latest`. */
export function imageStatus(image: string): SpecStatus {
  if (image.includes('${') || image.includes('$')) return { kind: 'local' };
  if (/@sha256:[0-9a-f]{64}$/i.test(image)) return { kind: 'pinned' };
  if (!/^[a-z0-9][a-z0-9._/:@-]*$/i.test(image)) return { kind: 'local' };
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  const tag = colon > slash ? image.slice(colon + 1) : '';
  const name = colon > slash ? image.slice(0, colon) : image;
  if (tag === '') return { kind: 'unpinned', name, why: 'without a tag or digest (so `latest`)', pinned: `${name}@sha256:<digest>` };
  if (tag === 'latest' || tag === 'main' || tag === 'master' || tag === 'edge' || tag === 'nightly') return { kind: 'unpinned', name, why: `with the tag \`:${tag}\`, which moves with every release`, pinned: `${name}@sha256:<digest>` };
  return { kind: 'pinned' };
}
