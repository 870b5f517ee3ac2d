import path from 'node:path';

/** Where the local Neo4j keeps its files. All under .neo4j/ (git-ignored) at the project root. */
export const projectRoot = process.cwd();
export const neo4jHome = path.join(projectRoot, '.neo4j');
export const libDir = path.join(neo4jHome, 'lib');
export const classesDir = path.join(neo4jHome, 'classes');
export const runDir = path.join(neo4jHome, 'run');
export const logsDir = path.join(neo4jHome, 'logs');
export const pomFile = path.join(projectRoot, 'scripts', 'neo4j', 'pom.xml');
export const launcherSource = path.join(projectRoot, 'scripts', 'neo4j', 'Launcher.java');
/** Holds the Neo4j version whose jars sit in libDir; present only after a complete copy. */
export const installedMarker = path.join(libDir, '.installed-version');

export const pidFileFor = (port: number) => path.join(runDir, `${port}.json`);
export const logFileFor = (port: number) => path.join(logsDir, `${port}.log`);
/** Neo4j's own logs (debug.log, security.log) for one instance. */
export const neo4jLogsDirFor = (port: number) => path.join(logsDir, String(port));
