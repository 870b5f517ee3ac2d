import { describe, expect, it } from 'vitest';
import { atLeast, javaMajor, mavenVersion, pomNeo4jVersion } from './tool-versions';

describe('javaMajor', () => {
  it('reads modern and legacy version strings', () => {
    expect(javaMajor('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(javaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajor('java version "1.8.0_392"')).toBe(8);
    expect(javaMajor('javac 17.0.15')).toBe(17);
  });

  it('returns undefined for output it does not understand', () => {
    expect(javaMajor('bash: java: command not found')).toBeUndefined();
  });
});

describe('mavenVersion', () => {
  it('reads the banner, coloured or not', () => {
    expect(mavenVersion('\u001b[1mApache Maven 3.8.7\u001b[m\nMaven home: /usr/share/maven')).toEqual([3, 8]);
    expect(mavenVersion('Apache Maven 3.9.11 (3e54c93a704957b63ee3494413a2b544fd3d825b)')).toEqual([3, 9]);
    expect(mavenVersion('nothing here')).toBeUndefined();
  });

  it('compares versions', () => {
    expect(atLeast([3, 8], [3, 8])).toBe(true);
    expect(atLeast([3, 6], [3, 8])).toBe(false);
    expect(atLeast([4, 0], [3, 8])).toBe(true);
  });
});

describe('pomNeo4jVersion', () => {
  it('reads the neo4j.version property', () => {
    expect(pomNeo4jVersion('<properties>\n  <neo4j.version>5.26.30</neo4j.version>\n</properties>')).toBe(
      '5.26.30',
    );
  });

  it('fails loudly without it', () => {
    expect(() => pomNeo4jVersion('<project/>')).toThrow(/neo4j.version/);
  });
});
