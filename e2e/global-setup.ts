import type { TestProject } from 'vitest/node';
import { BROWSERS } from './harness/browsers';
import { missingPrerequisite } from './setup/prerequisites';
import { startPrism } from './setup/prism';

export default async function setup(project: TestProject) {
  const missing = missingPrerequisite(BROWSERS);
  if (missing) {
    // One line is the whole story; a stack trace would only bury it.
    console.error(missing);
    process.exit(1);
  }

  const prism = await startPrism();
  project.provide('prismUrl', prism.url);

  return () => prism.stop();
}
