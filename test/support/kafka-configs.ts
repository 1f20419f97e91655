// `kafka-configs --describe [--all]` output, as Kafka's ConfigCommand prints it:
//   All configs for topic t1 are:
//     min.insync.replicas=2 sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:min.insync.replicas=2, DEFAULT_CONFIG:min.insync.replicas=1}
// Values are printed raw (a null one as "null"); synonyms are "SOURCE:name=value", highest precedence first.

export interface ToolSynonym {
  source: string;
  name: string;
  value: string;
}

export interface ToolConfig {
  name: string;
  /** Exactly as printed: a null value reads "null". */
  value: string;
  sensitive: boolean;
  synonyms: ToolSynonym[];
  /** The first synonym's source: where the effective value comes from (null when none is printed). */
  source: string | null;
}

const LINE = /^ {2}([^=\s]+)=(.*) sensitive=(true|false) synonyms=\{(.*)\}$/;
// Each synonym starts with an upper-case source and a colon; split before the next one, so commas
// inside values (lists) stay put.
const SYNONYM_START = /, (?=[A-Z_]+:)/;

function parseSynonyms(raw: string): ToolSynonym[] {
  if (!raw) return [];
  return raw.split(SYNONYM_START).map((s) => {
    const m = /^([A-Z_]+):([^=]+)=(.*)$/.exec(s);
    if (!m) throw new Error(`unexpected synonym '${s}'`);
    return { source: m[1]!, name: m[2]!, value: m[3]! };
  });
}

export function parseConfigsDescribe(stdout: string): ToolConfig[] {
  const out: ToolConfig[] = [];
  for (const line of stdout.split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    const synonyms = parseSynonyms(m[4]!);
    out.push({ name: m[1]!, value: m[2]!, sensitive: m[3] === 'true', synonyms, source: synonyms[0]?.source ?? null });
  }
  return out;
}
