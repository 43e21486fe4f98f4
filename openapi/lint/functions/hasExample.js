// Every request body and every successful answer with content carries an example: they are what people copy.
// Binary downloads (an XLSX file, say) are exempt: no example can be written in the contract's text.
const isBinary = (mediaType) => {
  const schema = mediaType && mediaType.schema;
  return Boolean(schema) && (schema.format === 'binary' || schema.contentMediaType !== undefined
    || schema.contentEncoding === 'binary');
};

export default (content, _options, context) => {
  if (content === null || typeof content !== 'object') {
    return;
  }
  const results = [];
  for (const [name, mediaType] of Object.entries(content)) {
    const examples = mediaType && mediaType.examples;
    const hasExamples = examples && typeof examples === 'object' && Object.keys(examples).length > 0;
    const hasExample = mediaType && mediaType.example !== undefined;
    if (!hasExample && !hasExamples && !isBinary(mediaType)) {
      results.push({ message: `Media type ${name} has no example or examples.`, path: [...context.path, name] });
    }
  }
  return results;
};
