// An operation says who may call it: a non-empty security requirement (the roles of its @RolesAllowed), or the
// explicit public marker. Never both, never neither: an unmarked operation without security is a mistake, not a
// public endpoint.
export default (operation) => {
  if (operation === null || typeof operation !== 'object') {
    return;
  }
  const isPublic = operation['x-public'] === true;
  const security = Array.isArray(operation.security) ? operation.security : [];
  const secured = security.length > 0 && security.every((requirement) => Object.keys(requirement).length > 0);
  if (isPublic && secured) {
    return [{ message: 'Operation is marked x-public: true and also has a security requirement; choose one.' }];
  }
  if (!isPublic && !secured) {
    return [{ message: 'Operation needs a non-empty security requirement, or x-public: true if it is public on purpose.' }];
  }
};
