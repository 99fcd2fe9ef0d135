import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { auId, manifestOf, type PackageFormat, type PackageSpec } from '../../tools/lms-manifest';
import { PackageError, parseArgs } from '../../tools/package';

const spec = (format: PackageFormat): PackageSpec => ({
  format,
  identifier: 'pitchless-test',
  title: 'Pitchless & friends',
  passMark: 75,
  files: ['index.html', 'assets/lms-1.js', 'assets/first-meeting.json'],
  scenarios: [
    { id: 'first-meeting', title: 'First meeting', brief: 'Meet <Huaxin>', zh: { title: '初次会面', brief: '见华信' } },
    { id: 'cold-feet', title: 'Cold feet', brief: 'A late doubt' },
  ],
});

type Node = Record<string, unknown>;
const parse = (xml: string): Node => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'resource', 'file', 'au', 'langstring', 'dependency'].includes(name) }).parse(xml) as Node;
};

describe('SCORM manifests (IMS CP with ADL extensions)', () => {
  for (const [format, ns, adlcp, version, scormType] of [
    ['scorm12', 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'http://www.adlnet.org/xsd/adlcp_rootv1p2', '1.2', '@adlcp:scormtype'],
    ['scorm2004', 'http://www.imsglobal.org/xsd/imscp_v1p1', 'http://www.adlnet.org/xsd/adlcp_v1p3', '2004 4th Edition', '@adlcp:scormType'],
  ] as const) {
    it(`${format}: namespaces, schema version, one SCO per scenario with its launch and mastery score, every file listed`, () => {
      const manifest = parse(manifestOf(spec(format))).manifest as Node;
      expect(manifest['@xmlns']).toBe(ns);
      expect(manifest['@xmlns:adlcp']).toBe(adlcp);
      expect(manifest['@identifier']).toMatch(/^[A-Za-z_][\w.-]*$/);
      expect((manifest.metadata as Node).schema).toBe('ADL SCORM');
      expect(String((manifest.metadata as Node).schemaversion)).toBe(version);
      const organizations = manifest.organizations as Node;
      const organization = organizations.organization as Node;
      expect(organizations['@default']).toBe(organization['@identifier']);
      expect(organization.title).toBe('Pitchless & friends');
      const items = organization.item as Node[];
      const resources = (manifest.resources as Node).resource as Node[];
      expect(items).toHaveLength(2);
      for (const item of items) {
        const sco = resources.find((r) => r['@identifier'] === item['@identifierref']);
        expect(sco?.[scormType]).toBe('sco');
        expect(sco?.['@href']).toBe('index.html');
        expect(item['@parameters']).toMatch(new RegExp(`^\\?scenario=[a-z-]+&format=${format}&passMark=75$`));
        if (format === 'scorm12') expect(item['adlcp:masteryscore']).toBe(75);
        else {
          const objective = ((item['imsss:sequencing'] as Node)['imsss:objectives'] as Node)['imsss:primaryObjective'] as Node;
          expect(objective['@satisfiedByMeasure']).toBe('true');
          expect(objective['imsss:minNormalizedMeasure']).toBe(0.75);
        }
        const dependency = (sco?.dependency as Node[])[0];
        expect(resources.find((r) => r['@identifier'] === dependency?.['@identifierref'])?.[scormType]).toBe('asset');
      }
      const listed = resources.flatMap((r) => (r.file as Node[]).map((f) => f['@href']));
      expect(new Set(listed)).toEqual(new Set(spec(format).files));
      if (format === 'scorm2004') {
        expect(manifest['@xmlns:imsss']).toBe('http://www.imsglobal.org/xsd/imsss');
        expect(manifest['@xmlns:adlseq']).toBe('http://www.adlnet.org/xsd/adlseq_v1p3');
        expect(manifest['@xmlns:adlnav']).toBe('http://www.adlnet.org/xsd/adlnav_v1p3');
      }
    });
  }
});

describe('cmi5 course structure', () => {
  it('has the CourseStructure namespace, a course, and one AU per scenario with its URL, mastery score and titles in both languages', () => {
    const structure = parse(manifestOf(spec('cmi5'))).courseStructure as Node;
    expect(structure['@xmlns']).toBe('https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd');
    expect((structure.course as Node)['@id']).toMatch(/^https:\/\//);
    const aus = structure.au as Node[];
    expect(aus.map((a) => a['@id'])).toEqual([auId('first-meeting'), auId('cold-feet')]);
    const [first] = aus;
    expect(first?.['@masteryScore']).toBe('0.75');
    expect(first?.['@moveOn']).toBe('CompletedAndPassed');
    expect(first?.url).toBe('index.html?scenario=first-meeting&format=cmi5&passMark=75');
    const titles = ((first?.title as Node).langstring as Node[]).map((l) => [l['@lang'], l['#text']]);
    expect(titles).toEqual([['en-US', 'First meeting'], ['zh-CN', '初次会面']]);
    expect((((first?.description as Node).langstring as Node[])[0] as Node)['#text']).toBe('Meet <Huaxin>');
  });
});

describe('npm run package arguments', () => {
  it('takes a format, scenarios and a pass mark, and refuses what it cannot package', () => {
    expect(parseArgs(['--format', 'cmi5', '--scenario', 'a', 'b', '--pass-mark', '80'])).toMatchObject({ format: 'cmi5', scenarios: ['a', 'b'], passMark: 80 });
    expect(parseArgs(['--format', 'scorm12']).out).toBe('build/packages/pitchless-scorm12.zip');
    expect(() => parseArgs(['--format', 'scorm3'])).toThrow(PackageError);
    expect(() => parseArgs(['--format', 'cmi5', '--pass-mark', '0'])).toThrow(/pass-mark/);
    expect(() => parseArgs(['--format'])).toThrow(/needs a value/);
  });
});
