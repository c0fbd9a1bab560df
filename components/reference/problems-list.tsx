import { displayPath } from '@/lib/cli/format-problems';
import type { Problem } from '@/lib/openapi/types';

/** Spec errors and warnings with where they are (file, line, pointer) and what to do. */
export function ProblemsList({ problems, title }: { problems: Problem[]; title: string }) {
  if (problems.length === 0) return null;
  return (
    <div className="problems">
      <h3>{title}</h3>
      <ul>
        {problems.map((problem, index) => (
          <li key={index} className={`problem problem-${problem.severity}`}>
            <div className="problem-where">
              <span className="flag">{problem.severity}</span> <code>{problem.code}</code>{' '}
              <code>
                {/* Relative to where the portal is built: the published page should not spell out the build machine's folders. */}
                {displayPath(problem.file, process.cwd())}
                {problem.line !== undefined ? `:${problem.line}` : ''}
              </code>
              {problem.pointer && (
                <>
                  {' '}
                  at <code>{problem.pointer}</code>
                </>
              )}
            </div>
            <p className="problem-message">{problem.message}</p>
            {problem.hint && <p className="problem-hint">Hint: {problem.hint}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}
