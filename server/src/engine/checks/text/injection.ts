// Patterns of instructions aimed at the model, searched in model-facing text (tool, parameter and
// annotation descriptions and titles, tool docstrings). Each is specific enough that ordinary
// documentation ("Important: paths are relative to the workspace", "Use this tool to read a
// file", "Note: do not pass absolute paths") does not match.

export interface InjectionPattern {
  re: RegExp;
  /** What was found, for the message. */
  what: string;
  /** Only counts when the same text also matches this (a verb next to a file name). */
  alsoNeeds?: RegExp;
}

export const INJECTION_PATTERNS: InjectionPattern[] = [
  {
    re: /\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+|your\s+)?(?:previous|prior|above|earlier|preceding|system|other|original)\s+(?:instructions?|prompts?|messages?|rules|directions|guidelines|context)/i,
    what: 'an instruction to ignore previous instructions',
  },
  {
    re: /<\s*\/?\s*(?:important|system|instructions?|secret|hidden|admin|assistant|sys|system[-_]prompt)\s*>|\[\/?INST\]|<\|im_(?:start|end)\|>|<<\/?SYS>>/i,
    what: 'a hidden-instruction tag',
  },
  {
    re: /\b(?:do\s+not|don't|dont|never)\s+(?:tell|inform|mention|reveal|show|alert|notify|disclose|let)\b(?:\s+[\w'-]+){0,3}?\s+(?:the\s+)?user\b|\bwithout\s+(?:telling|informing|notifying|alerting|asking)\s+(?:the\s+)?user\b|\b(?:hide|conceal|keep)\b(?:\s+[\w'-]+){0,3}?\s+(?:secret\s+)?from\s+(?:the\s+)?user\b/i,
    what: 'an instruction to hide something from the user',
  },
  {
    re: /~\/\.ssh\b|\.ssh\/(?:id_\w+|authorized_keys|config|known_hosts)|\bid_(?:rsa|ed25519|ecdsa|dsa)\b|\.aws\/credentials|~\/\.aws\b|\bmcp\.json\b|\bclaude_desktop_config\.json\b|\.cursor\/mcp\b|(?:^|[\s"'`(/])\.env\b|\/etc\/(?:passwd|shadow)\b|\.netrc\b|\.npmrc\b|\.pypirc\b|\.git-credentials\b|\.kube\/config\b|\.docker\/config\.json\b/i,
    what: 'an instruction to read a sensitive file',
    alsoNeeds: /\b(?:read|cat|open|include|send|upload|attach|copy|pass|provide|contents?|extract|load|fetch|get|print|append)\b/i,
  },
  {
    re: /\b(?:send|post|upload|forward|transmit|exfiltrate|submit|leak|copy)\b[^.\n]{0,60}?\b(?:contents?|data|conversation|history|chat|messages?|keys?|tokens?|credentials?|secrets?|passwords?|files?|results?|outputs?|everything|environment|env|config(?:uration)?|it|them|this)\b[^.\n]{0,40}?\bto\s+(?:https?:\/\/|the\s+(?:following\s+)?(?:url|endpoint|webhook|server)\b)/i,
    what: 'an instruction to send data to a URL',
  },
  {
    re: /\b(?:when(?:ever)?|if|after|before|once)\s+(?:the\s+)?(?:user|assistant|model|agent|you|claude)\s+(?:calls?|uses?|invokes?|runs?|requests?)\b(?!\s+(?:this|the\s+current)\b)|\b(?:before|after|instead\s+of)\s+(?:using|calling|invoking|running)\s+(?:any|every|all)\s+(?:other\s+)?tools?\b|\b(?:any|all|every)\s+other\s+tools?\b|\bthis\s+tool\s+(?:must|should)\s+(?:always\s+)?be\s+(?:called|used|run|invoked)\s+(?:first|before)\b/i,
    what: 'an instruction about other tools',
  },
  {
    re: /\b(?:reveal|print|output|repeat|include|send|leak|disclose)\s+(?:your|the)\s+(?:system\s+prompt|hidden\s+prompt|initial\s+instructions)/i,
    what: 'an instruction to reveal the system prompt',
  },
  {
    re: /[\u200B-\u200D\u2060-\u2064\u202A-\u202E\u2066-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/,
    what: 'invisible or bidirectional Unicode',
  },
];

/** Every pattern found in text: offset, length and description (one per pattern, the first match). */
export function findInjections(text: string): { index: number; length: number; what: string }[] {
  const out: { index: number; length: number; what: string }[] = [];
  for (const p of INJECTION_PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    if (p.alsoNeeds && !p.alsoNeeds.test(text)) continue;
    let what = p.what;
    if (p === INJECTION_PATTERNS[INJECTION_PATTERNS.length - 1]) {
      const cp = m[0].codePointAt(0) ?? 0;
      what = `${what} (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`;
    } else what = `${what} ("${m[0].replace(/\s+/g, ' ').trim().slice(0, 60)}")`;
    out.push({ index: m.index, length: m[0].length, what });
  }
  return out;
}
