package org.hrcities.platform.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.hrcities.platform.adapter.out.persistence.StorageAdapter;
import org.junit.jupiter.api.Test;

class StorageWithMediaFilesTest {

    /** A default method of StorageAdapter left out here would answer for the wrapper, not for the storage. */
    @Test
    void passes_every_method_of_the_storage_adapter_on_default_methods_included() {
        List<String> missing = Arrays.stream(StorageAdapter.class.getMethods())
                .filter(method -> !declared(method))
                .map(Method::getName)
                .toList();
        assertEquals(List.of(), missing);
    }

    private static boolean declared(Method method) {
        try {
            StorageWithMediaFiles.class.getDeclaredMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
