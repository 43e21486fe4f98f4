// Replaces spectral:oas's oas3-operation-security-defined, which reads the names in a requirement as OAuth scopes
// (OpenAPI 3.0). OpenAPI 3.1 allows role names for other schemes; ours lists the roles of each operation. Checks that
// each requirement names a declared scheme and, for a non-OAuth scheme, only roles the service knows.
export default (operation, options, context) => {
  const security = operation && Array.isArray(operation.security) ? operation.security : [];
  const schemes = (context.document.data.components || {}).securitySchemes || {};
  const roles = new Set(options.roles);
  const results = [];
  security.forEach((requirement, index) => {
    for (const [name, listed] of Object.entries(requirement || {})) {
      const scheme = schemes[name];
      if (!scheme) {
        results.push({ message: `Security scheme "${name}" is not declared in components.securitySchemes.`,
          path: [...context.path, 'security', index, name] });
        continue;
      }
      if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') {
        continue;
      }
      (listed || []).forEach((role, position) => {
        if (!roles.has(role)) {
          results.push({ message: `"${role}" is not a role of the service (${options.roles.join(', ')}).`,
            path: [...context.path, 'security', index, name, position] });
        }
      });
    }
  });
  return results;
};
