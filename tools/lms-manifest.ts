import { XAPI_BASE } from '../src/core/xapi';

/**
 * The manifest an LMS imports a package by: `imsmanifest.xml` for SCORM 1.2 and SCORM 2004 4th
 * edition (IMS Content Packaging with ADL's extensions), `cmi5.xml` for cmi5 (its course
 * structure). One SCO or AU per scenario, launched as `index.html?scenario=<id>&format=<format>&passMark=<n>`,
 * with the pass mark as its mastery score.
 */

export const PACKAGE_FORMATS = ['scorm12', 'scorm2004', 'cmi5'] as const;
export type PackageFormat = (typeof PACKAGE_FORMATS)[number];

export interface PackagedScenario {
  readonly id: string;
  readonly title: string;
  readonly brief: string;
  /** The Chinese title and brief, where the scenario is translated. */
  readonly zh?: { readonly title: string; readonly brief: string };
}

export interface PackageSpec {
  readonly format: PackageFormat;
  /** Unique for the package (the LMS tells packages apart by it). */
  readonly identifier: string;
  readonly title: string;
  readonly scenarios: readonly PackagedScenario[];
  /** 0–100. */
  readonly passMark: number;
  /** Every file of the built app, relative to the package root, with `/` separators. */
  readonly files: readonly string[];
}

const LAUNCH_FILE = 'index.html';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const launchQuery = (format: PackageFormat, scenarioId: string, passMark: number): string =>
  `?scenario=${encodeURIComponent(scenarioId)}&format=${format}&passMark=${passMark}`;

/** An XML NCName for an identifier attribute (story ids are already `[a-z0-9-]`). */
const ncName = (prefix: string, id: string): string => `${prefix}-${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

export function manifestFile(format: PackageFormat): 'imsmanifest.xml' | 'cmi5.xml' {
  return format === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml';
}

export function manifestOf(spec: PackageSpec): string {
  return spec.format === 'cmi5' ? cmi5Xml(spec) : imsManifest(spec);
}

const SCORM = {
  scorm12: {
    namespaces:
      'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
    schemaVersion: '1.2',
    scormType: 'adlcp:scormtype',
  },
  scorm2004: {
    namespaces:
      'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" ' +
      'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"',
    schemaVersion: '2004 4th Edition',
    scormType: 'adlcp:scormType',
  },
} as const;

function imsManifest(spec: PackageSpec): string {
  const format = spec.format as keyof typeof SCORM;
  const { namespaces, schemaVersion, scormType } = SCORM[format];
  const mastery = spec.passMark / 100;
  const items = spec.scenarios.map((s) => {
    const masteryXml =
      format === 'scorm12'
        ? `<adlcp:masteryscore>${spec.passMark}</adlcp:masteryscore>`
        : // The LMS turns the primary objective's measure into cmi.scaled_passing_score.
          `<imsss:sequencing><imsss:objectives><imsss:primaryObjective satisfiedByMeasure="true"><imsss:minNormalizedMeasure>${mastery}</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives></imsss:sequencing>`;
    return `      <item identifier="${ncName('ITEM', s.id)}" identifierref="${ncName('SCO', s.id)}" parameters="${escape(launchQuery(spec.format, s.id, spec.passMark))}">
        <title>${escape(s.title)}</title>
        ${masteryXml}
      </item>`;
  });
  const scos = spec.scenarios.map(
    (s) => `    <resource identifier="${ncName('SCO', s.id)}" type="webcontent" ${scormType}="sco" href="${LAUNCH_FILE}">
      <file href="${LAUNCH_FILE}"/>
      <dependency identifierref="APP"/>
    </resource>`,
  );
  const files = spec.files.filter((f) => f !== LAUNCH_FILE).map((f) => `      <file href="${escape(f)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ncName('MANIFEST', spec.identifier)}" version="1" ${namespaces}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${schemaVersion}</schemaversion>
  </metadata>
  <organizations default="ORG">
    <organization identifier="ORG">
      <title>${escape(spec.title)}</title>
${items.join('\n')}
    </organization>
  </organizations>
  <resources>
${scos.join('\n')}
    <resource identifier="APP" type="webcontent" ${scormType}="asset">
${files.join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/** The AU's activity id: an IRI of Pitchless's, the same in every package of the scenario. */
export const auId = (scenarioId: string): string => `${XAPI_BASE}/scenarios/${scenarioId}/au`;

const langStrings = (en: string, zh: string | undefined): string =>
  `<langstring lang="en-US">${escape(en)}</langstring>${zh ? `<langstring lang="zh-CN">${escape(zh)}</langstring>` : ''}`;

function cmi5Xml(spec: PackageSpec): string {
  const aus = spec.scenarios.map(
    (s) => `  <au id="${escape(auId(s.id))}" moveOn="CompletedAndPassed" masteryScore="${spec.passMark / 100}" launchMethod="AnyWindow">
    <title>${langStrings(s.title, s.zh?.title)}</title>
    <description>${langStrings(s.brief, s.zh?.brief)}</description>
    <url>${escape(`${LAUNCH_FILE}${launchQuery(spec.format, s.id, spec.passMark)}`)}</url>
  </au>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escape(`${XAPI_BASE}/packages/${spec.identifier}`)}">
    <title>${langStrings(spec.title, undefined)}</title>
    <description>${langStrings(`${spec.scenarios.length} sales conversations, graded on the 13 concepts of customer-centric selling.`, undefined)}</description>
  </course>
${aus.join('\n')}
</courseStructure>
`;
}
