// At least one 4xx answer is documented as RFC 9457 problem+json, so that clients know what an error looks like.
export default (responses) => {
  if (responses === null || typeof responses !== 'object') {
    return [{ message: 'Operation has no responses.' }];
  }
  const found = Object.entries(responses).some(([status, response]) => /^4\d\d$/.test(status)
    && response && response.content && response.content['application/problem+json']);
  if (!found) {
    return [{ message: 'Operation documents no 4xx response with application/problem+json content.' }];
  }
};
