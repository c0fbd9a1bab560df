import type { Server } from '@/lib/openapi/types';
import { Markdown } from './markdown';

/** Servers with their variables (default, allowed values, meaning). */
export function ServersList({ servers }: { servers: Server[] }) {
  return (
    <ul className="servers">
      {servers.map((server, index) => (
        <li key={`${server.url}-${index}`}>
          <code className="server-url">{server.url}</code>
          <Markdown source={server.description} />
          {Object.keys(server.variables).length > 0 && (
            <table>
              <thead>
                <tr>
                  <th>Variable</th>
                  <th>Default</th>
                  <th>Allowed</th>
                  <th>Meaning</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(server.variables).map(([name, variable]) => (
                  <tr key={name}>
                    <td>
                      <code>{`{${name}}`}</code>
                    </td>
                    <td>
                      <code>{variable.default}</code>
                    </td>
                    <td>{variable.enum ? variable.enum.map((value) => <code key={value}>{value} </code>) : 'any'}</td>
                    <td>
                      <Markdown source={variable.description} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </li>
      ))}
    </ul>
  );
}
