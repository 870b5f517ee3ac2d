import path from 'node:path';
import { classesDir, libDir, neo4jLogsDirFor } from './paths';

export type JavaOptions = { port: number; dataDir: string; heapMb: number; pageCacheMb: number };

/**
 * The JVM flags Neo4j 5.26 passes to itself in its default neo4j.conf (server.jvm.additional),
 * less the ones meant for big servers (AlwaysPreTouch would commit the whole heap at start).
 * Without the --add-opens flags Neo4j falls back to slower paths or fails on direct buffers.
 */
const neo4jJvmFlags = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

/** Arguments for `java` that run scripts/neo4j/Launcher.java over the jars Maven copied. */
export function javaArgs(o: JavaOptions): string[] {
  return [
    `-Xmx${o.heapMb}m`,
    `-Xms${Math.min(256, o.heapMb)}m`,
    ...neo4jJvmFlags,
    '-cp',
    [path.join(libDir, '*'), classesDir].join(path.delimiter),
    'Launcher',
    '--port',
    String(o.port),
    '--data',
    path.resolve(o.dataDir),
    '--logs',
    neo4jLogsDirFor(o.port),
    '--pagecache-mb',
    String(o.pageCacheMb),
  ];
}
