import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { classesDir, installedMarker, launcherSource, libDir, pomFile } from './paths';
import { checkPrerequisites } from './prerequisites';
import { pomNeo4jVersion } from './tool-versions';

export type InstallResult = { version: string; fetched: boolean; compiled: boolean };

const stampFile = path.join(classesDir, '.source-sha256');

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/**
 * Makes sure the Neo4j jars and the compiled launcher are in .neo4j/. The first run fetches the
 * jars with Maven (a minute or so); later runs find the marker and never start Maven, whose own
 * startup alone costs seconds.
 */
export function ensureInstalled(log: (line: string) => void = console.log): InstallResult {
  const version = pomNeo4jVersion(readFileSync(pomFile, 'utf8'));
  const jarsPresent = readIfExists(installedMarker) === version;
  checkPrerequisites({ needMaven: !jarsPresent });

  if (!jarsPresent) {
    log(
      `Fetching Neo4j ${version} from Maven Central into ${path.relative(process.cwd(), libDir)} (first run only)...`,
    );
    // A half-copied folder or another version's jars must not mix into the classpath.
    rmSync(libDir, { recursive: true, force: true });
    const mvn = spawnSync(
      'mvn',
      ['-q', '-B', '-f', pomFile, 'dependency:copy-dependencies', `-Dneo4j.lib.dir=${libDir}`],
      { stdio: 'inherit' },
    );
    if (mvn.status !== 0) {
      throw new Error(
        `Maven could not fetch Neo4j ${version} (exit ${mvn.status ?? mvn.signal}). ` +
          'Check the network access to Maven Central and the output above, then run `npm run neo4j:install` again.',
      );
    }
    writeFileSync(installedMarker, `${version}\n`);
  }

  // The stamp covers the source and the jars it was compiled against.
  const stamp = createHash('sha256').update(readFileSync(launcherSource)).update(version).digest('hex');
  const compiled = readIfExists(stampFile) !== stamp;
  if (compiled) {
    mkdirSync(classesDir, { recursive: true });
    const javac = spawnSync('javac', ['-d', classesDir, '-cp', path.join(libDir, '*'), launcherSource], {
      stdio: 'inherit',
    });
    if (javac.status !== 0)
      throw new Error(`javac could not compile ${launcherSource} (exit ${javac.status}).`);
    writeFileSync(stampFile, `${stamp}\n`);
  }
  return { version, fetched: !jarsPresent, compiled };
}
