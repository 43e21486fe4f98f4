package vn.thidua.common.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The service writes an absent value as JSON {@code null} (Jackson's default) and reads {@code null} as absent, so
 * every property a schema does not require may be {@code null}: this filter says so in the contract (OpenAPI 3.1:
 * {@code "null"} among the types, or {@code anyOf} with it for a reference). Values that are always present, the
 * primitives of the response records, are marked {@code required} there and stay as they are.
 * <p>
 * The hand-written schemas of {@code META-INF/openapi.yaml} (the problem details) are left alone: they are written
 * by hand, field by field, and say exactly what appears.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class NullableOptionalsFilter implements OASFilter {

    private static final List<String> HAND_WRITTEN = List.of("Problem", "FieldError");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Map.Entry<String, Schema> schema : openAPI.getComponents().getSchemas().entrySet()) {
            if (!HAND_WRITTEN.contains(schema.getKey())) {
                allowNullInOptionals(schema.getValue());
            }
        }
    }

    private static void allowNullInOptionals(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                if (!required.contains(property.getKey())) {
                    schema.addProperty(property.getKey(), nullable(property.getValue()));
                }
                allowNullInOptionals(property.getValue().getItems());
                allowNullInOptionals(property.getValue());
            }
        }
        allowNullInOptionals(schema.getItems());
    }

    static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            // a reference cannot take another type beside it: "the referenced schema, or null"
            Schema reference = OASFactory.createSchema().ref(property.getRef());
            Schema wrapper = OASFactory.createSchema().anyOf(List.of(reference, OASFactory.createSchema()
                    .addType(Schema.SchemaType.NULL)));
            wrapper.setDescription(property.getDescription());
            wrapper.setDefaultValue(property.getDefaultValue());
            if (property.getExamples() != null) {
                wrapper.setExamples(property.getExamples());
            }
            return wrapper;
        }
        if (property.getAnyOf() != null) {
            boolean hasNull = property.getAnyOf().stream()
                    .anyMatch(s -> s.getType() != null && s.getType().contains(Schema.SchemaType.NULL));
            if (!hasNull) {
                property.addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            }
            return property;
        }
        if (property.getType() != null && !property.getType().isEmpty()
                && !property.getType().contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> types = new ArrayList<>(property.getType());
            types.add(Schema.SchemaType.NULL);
            property.setType(types);
        }
        return property;
    }
}
