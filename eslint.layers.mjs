// Layers point one way (see CONTRIBUTING.md): each layer may import only from the layers listed
// for it. `types` may additionally be imported as types only (the JSON shapes the API serves).
const ALL = ['model', 'analysis', 'kafka', 'config', 'store', 'notify', 'auth', 'collector', 'views', 'api', 'client', 'runtime', 'generated'];

export const LAYERS = [
  { dir: 'lib/model', may: [] },
  { dir: 'lib/analysis', may: ['model'] },
  { dir: 'lib/kafka', may: ['model'] },
  { dir: 'lib/config', may: ['model'] },
  { dir: 'lib/store', may: ['model', 'analysis', 'config', 'generated'] },
  // Sends notifications to receivers: the collector's deliveries and the admin's test alert.
  { dir: 'lib/notify', may: ['model', 'analysis', 'config'] },
  // Sessions, passwords, OpenID Connect, the audit log's writes: server code only.
  { dir: 'lib/auth', may: ['model', 'config', 'store'] },
  { dir: 'lib/collector', may: ['model', 'analysis', 'kafka', 'config', 'store', 'notify'] },
  { dir: 'lib/views', may: ['model', 'analysis', 'config', 'store'] },
  { dir: 'lib/api', may: ['model', 'config', 'store', 'views', 'auth', 'notify'] },
  { dir: 'lib/client', may: ['model'], types: ['views'] },
  { dir: 'components', may: ['model', 'client'], types: ['views'], noComponents: false },
];

const MESSAGE = 'layers point one way (CONTRIBUTING.md): this layer may not import that one';

export function layerRules() {
  return LAYERS.map(({ dir, may, types = [] }) => {
    const own = dir.startsWith('lib/') ? dir.slice(4) : null;
    const banned = ALL.filter((d) => d !== own && !may.includes(d) && !types.includes(d));
    const groups = banned.flatMap((d) => [`@/lib/${d}`, `@/lib/${d}/*`]);
    if (dir !== 'components') groups.push('@/components', '@/components/*');
    groups.push('@/app', '@/app/*');
    const patterns = [{ group: groups, message: MESSAGE }];
    if (types.length > 0) {
      patterns.push({ group: types.flatMap((d) => [`@/lib/${d}`, `@/lib/${d}/*`]), message: `${MESSAGE} (type imports only)`, allowTypeImports: true });
    }
    return {
      files: [`${dir}/**/*.{ts,tsx}`],
      rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
    };
  });
}
