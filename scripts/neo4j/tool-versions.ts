/** Parses the major version out of `java -version` / `javac -version` output ("17.0.15", "1.8.0_392"). */
export function javaMajor(output: string): number | undefined {
  const match = /(?:version\s+"|javac\s+)(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) return undefined;
  const first = Number(match[1]);
  // Java 8 and older call themselves 1.x.
  return first === 1 ? Number(match[2]) : first;
}

/** Parses "Apache Maven 3.8.7 (...)" into [3, 8]. */
export function mavenVersion(output: string): [number, number] | undefined {
  // Maven may colour its banner; strip ANSI escapes first.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escape sequences on purpose
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const match = /Apache Maven (\d+)\.(\d+)/.exec(plain);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

export function atLeast([major, minor]: [number, number], [wantMajor, wantMinor]: [number, number]): boolean {
  return major > wantMajor || (major === wantMajor && minor >= wantMinor);
}

/** The Neo4j version that scripts/neo4j/pom.xml asks for (the single place it is written down). */
export function pomNeo4jVersion(pom: string): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!match?.[1]) throw new Error('scripts/neo4j/pom.xml has no <neo4j.version> property');
  return match[1].trim();
}
