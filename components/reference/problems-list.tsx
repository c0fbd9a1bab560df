import { StaticHtml } from '@/components/static-html';
import { problemsHtml } from '@/lib/reference/problems-html';
import type { Problem } from '@/lib/openapi/types';

/** Spec errors and warnings with where they are (file, line, pointer) and what to do. */
export function ProblemsList({ problems, title }: { problems: Problem[]; title: string }) {
  if (problems.length === 0) return null;
  return <StaticHtml className="problems" html={problemsHtml(problems, title, process.cwd())} />;
}
