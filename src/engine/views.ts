      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
/      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
*      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
*      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
*      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
x      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
S      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
Q      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
L      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
:      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
v      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
w      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
d      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
`      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
<      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
>      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
<      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
>      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
`      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
v      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
*      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
d      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
w      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
v      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
w      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
S      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
d      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
w      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
d      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
*      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
2      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
0      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
0      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
9      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
d      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
2      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
0      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
2      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
1      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
z      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
v      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
w      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
*      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
/      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
L      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
S      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
/      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
/      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
d      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
x      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
;      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
q      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
I      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
d      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
q      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
S      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
/      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
d      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
x      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
;      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
x      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
L      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
A      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
Y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
R      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
S      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
=      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
[      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
z      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
v      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
d      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
q      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
]      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
;      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
x      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
L      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
T      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
[      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
:      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
]      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
:      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
[      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
:      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
]      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
:      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
[      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
]      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
;      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
x      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
L      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
T      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
:      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
L      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
S      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
:      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
P      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
<      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
L      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
T      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
>      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
:      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
L      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
T      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
=      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
;      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
L      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
A      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
Y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
R      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
S      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
w      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
`      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
$      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
/      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
`      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
!      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
d      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
W      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
q      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
;      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
[      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
]      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
=      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
/      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
;      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
[      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
]      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
?      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
?      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
=      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
[      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
]      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
?      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
?      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
=      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
[      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
]      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
;      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
;      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
x      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
L      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
V      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
w      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
:      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
:      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
L      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
S      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
:      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
P      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
<      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
L      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
T      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
>      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
=      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
w      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
L      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
T      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
;      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
L      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
A      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
Y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
R      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
S      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
w      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
`      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
C      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
R      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
A      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
T      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
S      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
C      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
H      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
M      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
A      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
I      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
F      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
N      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
O      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
T      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
X      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
I      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
S      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
T      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
S      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
$      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
q      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
I      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
d      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
`      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
;      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
[      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
]      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
O      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
j      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
[      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
]      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
?      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
?      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
=      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
w      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
P      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
=      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
>      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
P      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
;      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
w      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
`      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
C      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
R      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
A      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
T      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
O      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
R      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
R      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
P      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
L      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
A      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
C      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
V      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
I      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
W      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
$      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
q      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
I      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
d      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
$      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
q      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
I      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
d      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
A      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
S      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
S      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
L      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
C      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
T      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
*      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
F      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
R      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
O      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
M      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
d      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
_      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
q      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
[      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
$      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
q      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
S      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
j      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
]      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
v      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
_      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
=      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
_      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
_      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
=      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
v      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
_      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
=      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
$      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
v      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
T      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
[      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
0      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
]      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
`      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
;      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
b      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
;      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
/      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
*      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
*      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
P      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
`      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
=      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
2      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
0      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
2      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
1      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
/      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
=      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
0      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
3      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
`      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
→      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
2      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
0      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
2      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
1      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
3      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
w      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
v      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
*      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
/      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
f      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
v      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
T      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
:      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
:      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
=      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
[      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
k      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
y      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
c      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
h      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
A      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
/      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
\      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
/      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
[      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
-      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
z      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
_      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
]      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
+      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
=      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
[      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
^      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
/      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
]      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
+      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
/      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
]      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
=      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
>      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
[      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
1      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
]      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
;      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
u      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
`      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
$      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
p      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
=      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
>      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
`      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
$      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
{      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
s      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
q      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
l      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
S      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
t      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
r      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
g      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
a      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
m      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
e      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
:      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
I      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
N      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
T      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
G      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
E      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
R      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
`      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
.      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
j      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
o      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
i      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
n      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
(      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
,      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
       const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
'      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
)      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
`      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
;      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
}      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }

      const files = await Promise.all(keys.map((key) => storage.localPath(key)));
      const partitioned = /\/[a-z_]+=[^/]+\//.test(keys[0]);
      const hive = partitioned ? `hive_partitioning = true, hive_types = ${hiveTypes(keys[0])}` : 'hive_partitioning = false';
      await engine.run(
        `CREATE OR REPLACE VIEW ${sqlIdent(layer)}.${sqlIdent(table)} AS
         SELECT * FROM read_parquet([${files.map(sqlString).join(', ')}], union_by_name = true, ${hive})`,
      );
    }
  }
