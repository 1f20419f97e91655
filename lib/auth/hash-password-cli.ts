import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { hashPassword } from './password';

// `npm run auth:hash-password`: asks for a password twice (not echoed) and prints its argon2id
// hash for KAFKASCOPE_USERS or auth.users in the config file. Piped in (`… < file`), the first line
// is the password.
const MIN_LENGTH = 12;

async function readPassword(prompt: string): Promise<string> {
  const muted = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = createInterface({ input: process.stdin, output: muted, terminal: true });
  process.stderr.write(prompt);
  const line = await new Promise<string>((resolve) => rl.once('line', resolve));
  rl.close();
  process.stderr.write('\n');
  return line;
}

async function readPiped(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}

async function main(): Promise<void> {
  let password: string;
  if (process.stdin.isTTY) {
    password = await readPassword('Password: ');
    if ((await readPassword('Again: ')) !== password) throw new Error('the two passwords differ');
  } else {
    password = await readPiped();
  }
  if (password.length < MIN_LENGTH) throw new Error(`a password needs at least ${MIN_LENGTH} characters`);
  console.log(await hashPassword(password));
}

main().catch((e: unknown) => {
  console.error(`kafkascope auth:hash-password: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
