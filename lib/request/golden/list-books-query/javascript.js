const options = {method: 'GET', headers: {Accept: 'application/json'}};

fetch('https://api.bookshelf.example/v1/books?limit=5&cursor=b2Zmc2V0OjU&genre=mystery&q=sherlock&available=true&tags=classic&tags=gothic&authorId=au_003&sort=-publishedYear', options)
  .then(res => res.json())
  .then(res => console.log(res))
  .catch(err => console.error(err));
