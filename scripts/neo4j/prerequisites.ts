import { spawnSync } from 'node:child_process';
import { atLeast, javaMajor, mavenVersion } from './tool-versions';

/** Raised when Java or Maven is missing; its message is the whole story for the user. */
export class PrerequisiteError extends Error {
  constructor(missing: string[]) {
    super(
      [
        'The local Neo4j needs tools this machine lacks:',
        ...missing.map((m) => `  - ${m}`),
        'Install Java 17+ (a JDK, with javac) and Maven 3.8+',
        '  (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven; macOS: brew install openjdk@17 maven),',
        'or set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD to use a Neo4j 5 server you already have.',
      ].join('\n'),
    );
    this.name = 'PrerequisiteError';
  }
}

/** Output of `cmd args` (stdout and stderr together), or undefined when the command is not there. */
function probe(cmd: string, args: string[]): string | undefined {
  const result = spawnSync(cmd, args, { encoding: 'utf8' });
  if (result.error) return undefined;
  return `${result.stdout}${result.stderr}`;
}

function checkJava(cmd: 'java' | 'javac', missing: string[]): void {
  const output = probe(cmd, ['-version']);
  const major = output === undefined ? undefined : javaMajor(output);
  if (major === undefined) missing.push(`${cmd}: not found`);
  else if (major < 17) missing.push(`${cmd}: version ${major} found, 17 or newer needed`);
}

/** Throws one PrerequisiteError listing every missing tool. Maven is needed only to fetch the jars. */
export function checkPrerequisites({ needMaven }: { needMaven: boolean }): void {
  const missing: string[] = [];
  checkJava('java', missing);
  checkJava('javac', missing);
  if (needMaven) {
    const output = probe('mvn', ['-v']);
    const version = output === undefined ? undefined : mavenVersion(output);
    if (!version) missing.push('mvn (Maven): not found');
    else if (!atLeast(version, [3, 8]))
      missing.push(`mvn: version ${version.join('.')} found, 3.8 or newer needed`);
  }
  if (missing.length > 0) throw new PrerequisiteError(missing);
}
